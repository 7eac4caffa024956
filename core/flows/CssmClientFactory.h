#pragma once

#include "cssm/CssmSettings.h"
#include "store/StoreResult.h"

#include <QString>

#include <memory>
#include <optional>

namespace slp {

class CssmClient;
class SecretStore;

// A CSSM client from the settings kept in the store (CssmSettingsStore: `slpctl cssm configure` or the
// console's Settings page), for JobManagerSettings::cssm and the online flows. The client reads the
// OAuth client secret from `secrets` only when it needs a token. Build it on the thread it is to live
// on (it owns a QNetworkAccessManager):
//
//     CssmSettingsStore(store).load().then(this, [this](const auto &loaded) {
//         CssmClientFactory::Result cssm = CssmClientFactory::fromLoaded(loaded, secrets);
//         if (!cssm.client) showProblem(cssm.problem); ... });
struct CssmClientFactory
{
    struct Result
    {
        std::unique_ptr<CssmClient> client; // null when not configured or the store failed
        QString problem; // why there is no client; names `slpctl cssm configure` when not configured
        bool storeFailed = false;
    };

    static Result fromLoaded(const StoreResult<std::optional<CssmSettings>> &loaded, SecretStore *secrets);
};

} // namespace slp
