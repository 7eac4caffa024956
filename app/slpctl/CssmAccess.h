#pragma once

#include <QString>

#include <memory>

namespace slp {
class CssmClient;
class SecretStore;
} // namespace slp

namespace slp::cli {

class CliContext;

// The CSSM client of slpctl's online commands and jobs, built from the settings stored with
// `slpctl cssm configure` (CssmSettingsStore) and the secret store holding the OAuth client secret.
struct CssmAccess
{
    std::unique_ptr<CssmClient> client; // null when not configured or unreadable
    QString problem; // why there is no client (names `slpctl cssm configure` when not configured)
    bool storeFailed = false; // the problem is the database, not a missing configuration

    // `context` must have its store open. Does not touch the secret store until a token is needed.
    static CssmAccess open(CliContext &context, SecretStore *secrets);
};

} // namespace slp::cli
