#include "CssmSettingsStore.h"

#include "SettingsTable.h"
#include "Store.h"
#include "StoreTasks.h"

namespace slp {

namespace {

const QString prefix = QStringLiteral("cssm.");

QString key(const char *name)
{
    return prefix + QLatin1String(name);
}

// Every key this class writes, so that save() also clears the ones whose field became empty.
QStringList allKeys()
{
    return {key("baseUrl"),
            key("tokenUrl"),
            key("tenant"),
            key("smartAccountId"),
            key("smartAccountDomain"),
            key("virtualAccountId"),
            key("virtualAccountName"),
            key("clientId"),
            key("caBundleFile"),
            key("proxy"),
            key("requestTimeoutMs"),
            key("jobTimeoutMs"),
            key("pollIntervalScale")};
}

} // namespace

bool CssmSettingsStore::isConfigured(const CssmSettings &settings)
{
    return settings.baseUrl.isValid() && !settings.baseUrl.isEmpty() && settings.tokenUrl.isValid()
        && !settings.tokenUrl.isEmpty() && !settings.clientId.isEmpty();
}

QString CssmSettingsStore::notConfiguredMessage()
{
    return tr("No CSSM is configured: set the endpoint and account with `slpctl cssm configure --base-url URL "
              "--token-url URL --client-id ID --client-secret-stdin ...` (or Settings > CSSM in the console).");
}

QString CssmSettingsStore::proxyText(const QNetworkProxy &proxy)
{
    switch (proxy.type()) {
    case QNetworkProxy::DefaultProxy:
        return {};
    case QNetworkProxy::NoProxy:
        return QStringLiteral("none");
    default:
        break;
    }
    QUrl url;
    url.setScheme(proxy.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5") : QStringLiteral("http"));
    url.setHost(proxy.hostName());
    url.setPort(proxy.port());
    // The proxy's password is a secret: never stored here.
    url.setUserName(proxy.user());
    return url.toString();
}

std::optional<QNetworkProxy> CssmSettingsStore::proxyFromText(const QString &text)
{
    if (text.isEmpty())
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    if (text == QLatin1String("none"))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.password().isEmpty())
        return std::nullopt;
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    if (url.scheme() == QLatin1String("socks5"))
        type = QNetworkProxy::Socks5Proxy;
    else if (url.scheme() != QLatin1String("http"))
        return std::nullopt;
    return QNetworkProxy(type, url.host(),
                         static_cast<quint16>(url.port(type == QNetworkProxy::HttpProxy ? 3128 : 1080)),
                         url.userName());
}

QHash<QString, QString> CssmSettingsStore::toValues(const CssmSettings &settings)
{
    const CssmSettings defaults;
    QHash<QString, QString> values;
    for (const QString &name : allKeys())
        values.insert(name, QString());
    values[key("baseUrl")] = settings.baseUrl.toString();
    values[key("tokenUrl")] = settings.tokenUrl.toString();
    values[key("tenant")] = settings.tenant;
    values[key("smartAccountId")] = settings.smartAccountId;
    values[key("smartAccountDomain")] = settings.smartAccountDomain;
    values[key("virtualAccountId")] = settings.virtualAccountId;
    values[key("virtualAccountName")] = settings.virtualAccountName;
    values[key("clientId")] = settings.clientId;
    values[key("caBundleFile")] = settings.caBundleFile;
    values[key("proxy")] = proxyText(settings.proxy);
    if (settings.requestTimeoutMs != defaults.requestTimeoutMs)
        values[key("requestTimeoutMs")] = QString::number(settings.requestTimeoutMs);
    if (settings.jobTimeoutMs != defaults.jobTimeoutMs)
        values[key("jobTimeoutMs")] = QString::number(settings.jobTimeoutMs);
    if (settings.pollIntervalScale != defaults.pollIntervalScale)
        values[key("pollIntervalScale")] = QString::number(settings.pollIntervalScale);
    return values;
}

std::optional<CssmSettings> CssmSettingsStore::fromValues(const QHash<QString, QString> &values)
{
    bool any = false;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        any = any || (it.key().startsWith(prefix) && !it.value().isEmpty());
    if (!any)
        return std::nullopt;
    CssmSettings settings;
    settings.baseUrl = QUrl(values.value(key("baseUrl")));
    settings.tokenUrl = QUrl(values.value(key("tokenUrl")));
    settings.tenant = values.value(key("tenant"));
    settings.smartAccountId = values.value(key("smartAccountId"));
    settings.smartAccountDomain = values.value(key("smartAccountDomain"));
    settings.virtualAccountId = values.value(key("virtualAccountId"));
    settings.virtualAccountName = values.value(key("virtualAccountName"));
    settings.clientId = values.value(key("clientId"));
    settings.clientSecretReference = clientSecretReference();
    settings.caBundleFile = values.value(key("caBundleFile"));
    // An unreadable proxy falls back to the application's rather than silently going direct.
    settings.proxy = proxyFromText(values.value(key("proxy"))).value_or(QNetworkProxy(QNetworkProxy::DefaultProxy));
    bool ok = false;
    if (const int ms = values.value(key("requestTimeoutMs")).toInt(&ok); ok && ms > 0)
        settings.requestTimeoutMs = ms;
    if (const int ms = values.value(key("jobTimeoutMs")).toInt(&ok); ok && ms > 0)
        settings.jobTimeoutMs = ms;
    if (const double scale = values.value(key("pollIntervalScale")).toDouble(&ok); ok && scale >= 0)
        settings.pollIntervalScale = scale;
    return settings;
}

QFuture<StoreResult<std::optional<CssmSettings>>> CssmSettingsStore::load()
{
    using Result = StoreResult<std::optional<CssmSettings>>;
    return storetasks::read<Result>(m_store.worker(), [](StoreSession &session) {
        const StoreResult<QHash<QString, QString>> values = SettingsTable(session).values(prefix);
        if (!values.ok())
            return Result::failure(values.error);
        return Result::success(fromValues(values.value));
    });
}

QFuture<StoreError> CssmSettingsStore::save(const CssmSettings &settings)
{
    return storetasks::write<StoreError>(m_store.worker(), [values = toValues(settings)](StoreSession &session) {
        return SettingsTable(session).setValues(values);
    });
}

} // namespace slp
