#pragma once

#include "StoreResult.h"
#include "cssm/CssmSettings.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>

#include <optional>

namespace slp {

class Store;

// Keeps the CSSM / SSM On-Prem endpoint and account (core/cssm CssmSettings) in the `settings` table
// under "cssm.*" keys, shared by slpctl and the GUI. The OAuth client secret is not in the database:
// it lives in the SecretStore under clientSecretReference(), which every loaded CssmSettings names.
class CssmSettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(slp::CssmSettingsStore)
public:
    explicit CssmSettingsStore(Store &store)
        : m_store(store)
    { }

    static QString clientSecretReference() { return QStringLiteral("cssm/client-secret"); }
    // Enough to ask for a token and call the API: base URL, token URL and client id.
    static bool isConfigured(const CssmSettings &settings);
    // What to tell an admin when an online flow finds no CSSM configured.
    static QString notConfiguredMessage();

    // The stored settings (defaults for keys never set); nullopt in `value` when nothing is configured.
    QFuture<StoreResult<std::optional<CssmSettings>>> load();
    // Replaces every stored "cssm.*" key in one transaction (empty fields remove their key).
    QFuture<StoreError> save(const CssmSettings &settings);

    // The key/value form, exposed for tests and for the settings page's "what is stored".
    static QHash<QString, QString> toValues(const CssmSettings &settings);
    static std::optional<CssmSettings> fromValues(const QHash<QString, QString> &values);
    // "none", "" (the application's proxy) or a proxy URL such as http://proxy:3128.
    static QString proxyText(const QNetworkProxy &proxy);
    // nullopt when `text` is neither "none", empty nor an http/socks5 URL with a host.
    static std::optional<QNetworkProxy> proxyFromText(const QString &text);

private:
    Store &m_store;
};

} // namespace slp
