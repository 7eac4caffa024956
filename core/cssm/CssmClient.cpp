#include "CssmClient.h"

#include "OAuthTokenCache.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>

namespace slp {

CssmClient::CssmClient(CssmSettings settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_network(new QNetworkAccessManager(this))
    , m_tokens(new OAuthTokenCache(this, secrets))
    , m_secrets(secrets)
{
    m_network->setProxy(m_settings.proxy);
    // Redirects are not followed: a licensing API has no reason to send the bearer token elsewhere.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

CssmClient::~CssmClient() = default;

void CssmClient::setSettings(const CssmSettings &settings)
{
    const bool sameIdentity = settings.tokenUrl == m_settings.tokenUrl && settings.clientId == m_settings.clientId
        && settings.clientSecretReference == m_settings.clientSecretReference;
    m_settings = settings;
    m_network->setProxy(m_settings.proxy);
    if (!sameIdentity) {
        delete m_tokens;
        m_tokens = new OAuthTokenCache(this, m_secrets);
    }
}

QSslConfiguration CssmClient::tlsConfiguration(QString *problem) const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_settings.caBundleFile.isEmpty()) {
        QFile file(m_settings.caBundleFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *problem = QStringLiteral("CA bundle %1: %2").arg(m_settings.caBundleFile, file.errorString());
            return tls;
        }
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (certificates.isEmpty()) {
            *problem = QStringLiteral("CA bundle %1: no PEM certificate in it").arg(m_settings.caBundleFile);
            return tls;
        }
        tls.addCaCertificates(certificates);
    }
    return tls;
}

QUrl CssmClient::apiUrl(const QString &path) const
{
    QUrl url = m_settings.baseUrl;
    QString joined = url.path();
    if (!joined.endsWith(QLatin1Char('/')))
        joined += QLatin1Char('/');
    if (!m_settings.tenant.isEmpty())
        joined += QString::fromUtf8(QUrl::toPercentEncoding(m_settings.tenant)) + QLatin1Char('/');
    url.setPath(joined + path, QUrl::TolerantMode);
    return url;
}

QUrl CssmClient::virtualAccountUrl(const QString &suffix) const
{
    const QString domain
        = m_settings.smartAccountDomain.isEmpty() ? m_settings.smartAccountId : m_settings.smartAccountDomain;
    const QString account
        = m_settings.virtualAccountName.isEmpty() ? m_settings.virtualAccountId : m_settings.virtualAccountName;
    return apiUrl(QStringLiteral("v1/accounts/%1/virtual-accounts/%2/%3")
                      .arg(QString::fromUtf8(QUrl::toPercentEncoding(domain)),
                           QString::fromUtf8(QUrl::toPercentEncoding(account)), suffix));
}

CssmRequestJob *CssmClient::request(QByteArray method, const QUrl &url, QByteArray body, const QString &what)
{
    CssmRequestJob::Spec spec;
    spec.method = std::move(method);
    spec.url = url;
    spec.body = std::move(body);
    spec.what = what;
    return new CssmRequestJob(this, spec);
}

CssmPollJob *CssmClient::reportUsage(const QList<CssmDeviceUsage> &devices)
{
    return reportUsage(devices, cssmrequests::newNonce());
}

CssmPollJob *CssmClient::pollSubmission(const QString &pollId, const QString &action)
{
    return new CssmPollJob(this, pollId, action);
}

CssmPollJob *CssmClient::reportUsage(const QList<CssmDeviceUsage> &devices, const QString &nonce)
{
    QString problem;
    const auto body = cssmrequests::reportUsageBody(devices, nonce, QDateTime::currentMSecsSinceEpoch(), &problem);
    CssmRequestJob::Spec spec;
    spec.url = apiUrl(QStringLiteral("v2/devices/reportusage"));
    spec.body = body.value_or(QByteArray());
    spec.what = QStringLiteral("report usage");
    return new CssmPollJob(this, spec, QStringLiteral("acknowledgements"),
                           body ? CssmError() : CssmError {CssmError::Kind::Protocol, problem, 0});
}

CssmPollJob *CssmClient::authRequest(const QList<CssmAuthorizationRequest> &requests)
{
    CssmRequestJob::Spec spec;
    spec.url = apiUrl(QStringLiteral("v2/devices/authrequest"));
    spec.body = cssmrequests::authRequestBody(requests, cssmrequests::newNonce(), QDateTime::currentMSecsSinceEpoch());
    spec.what = QStringLiteral("authorization request");
    return new CssmPollJob(this, spec, QStringLiteral("authorizations"));
}

CssmRequestJob *CssmClient::reserveLicenses(const QList<CssmReservationRequest> &requests)
{
    return request("POST", virtualAccountUrl(QStringLiteral("reserve-licenses")),
                   cssmrequests::reserveLicensesBody(requests), QStringLiteral("reserve licenses"));
}

CssmRequestJob *CssmClient::returnReservation(const QString &udi, const QString &returnCode)
{
    return request("POST", virtualAccountUrl(QStringLiteral("return-reservation")),
                   cssmrequests::returnReservationBody(udi, returnCode), QStringLiteral("return reservation"));
}

CssmRequestJob *CssmClient::listIdTokens()
{
    return request("GET", virtualAccountUrl(QStringLiteral("tokens")), {}, QStringLiteral("list ID tokens"));
}

CssmRequestJob *CssmClient::createIdToken(const QString &description, int expiresAfterDays, bool exportControlled)
{
    return request("POST", virtualAccountUrl(QStringLiteral("tokens")),
                   cssmrequests::createIdTokenBody(description, expiresAfterDays, exportControlled),
                   QStringLiteral("create ID token"));
}

CssmRequestJob *CssmClient::licenseSummary()
{
    return request("POST", apiUrl(QStringLiteral("v3/licenses/summary")), QByteArrayLiteral("{}"),
                   QStringLiteral("license summary"));
}

CssmRequestJob *CssmClient::accountSearch()
{
    return request("GET", apiUrl(QStringLiteral("v2/accounts/search")), {}, QStringLiteral("account search"));
}

} // namespace slp
