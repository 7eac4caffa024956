#include "OAuthTokenCache.h"

#include "CssmClient.h"
#include "CssmLogging.h"
#include "CssmRequestJob.h"
#include "secrets/SecretStore.h"

#include <QDateTime>

namespace slp {

OAuthTokenCache::OAuthTokenCache(CssmClient *client, SecretStore *secrets)
    : QObject(client)
    , m_client(client)
    , m_secrets(secrets)
{ }

void OAuthTokenCache::acquire(QObject *context, Callback callback)
{
    if (!m_token.isEmpty() && QDateTime::currentMSecsSinceEpoch() < m_renewAtMs) {
        callback(m_token, {});
        return;
    }
    m_waiting.append({QPointer<QObject>(context), std::move(callback)});
    if (!m_fetching)
        fetch();
}

void OAuthTokenCache::invalidate(const QString &token)
{
    if (token == m_token)
        m_token.clear();
}

void OAuthTokenCache::fetch()
{
    const CssmSettings &settings = m_client->settings();
    if (!settings.tokenUrl.isValid() || settings.clientId.isEmpty() || settings.clientSecretReference.isEmpty()) {
        deliver({},
                {CssmError::Kind::Configuration,
                 QStringLiteral("CSSM access needs a token URL, a client id and a client secret in the settings"), 0});
        return;
    }
    if (!m_secrets) {
        deliver({}, {CssmError::Kind::Configuration, QStringLiteral("No secret store for the CSSM client secret"), 0});
        return;
    }
    m_fetching = true;
    const QString reference = settings.clientSecretReference;
    m_secrets->read(reference).then(this, [this, reference](const SecretResult &result) {
        if (!result.ok() || result.secret.isEmpty()) {
            m_fetching = false;
            deliver({},
                    {CssmError::Kind::Configuration,
                     QStringLiteral("The CSSM client secret (%1) is not available: %2")
                         .arg(reference, result.ok() ? QStringLiteral("nothing stored") : result.message),
                     0});
            return;
        }
        fetchWithSecret(result.secret.revealBytes());
    });
}

void OAuthTokenCache::fetchWithSecret(const QByteArray &secret)
{
    // Percent-encoding everything but the unreserved characters keeps '+' and '&' in a secret intact.
    const QByteArray body
        = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(m_client->settings().clientId)
        + "&client_secret=" + QUrl::toPercentEncoding(QString::fromUtf8(secret));
    CssmRequestJob::Spec spec;
    spec.url = m_client->settings().tokenUrl;
    spec.body = body;
    spec.contentType = "application/x-www-form-urlencoded";
    spec.authenticated = false;
    spec.accountHeaders = false;
    spec.what = QStringLiteral("OAuth token request");
    auto *job = new CssmRequestJob(m_client, spec);
    connect(job, &CssmRequestJob::finished, this, [this, job] {
        onFetched(job);
        job->deleteLater();
    });
}

void OAuthTokenCache::onFetched(CssmRequestJob *job)
{
    m_fetching = false;
    if (!job->error().ok()) {
        CssmError error = job->error();
        if (error.httpStatus == 400 || error.httpStatus == 401)
            error.kind = CssmError::Kind::Authentication;
        deliver({}, error);
        return;
    }
    const QString token = job->json().value(QStringLiteral("access_token")).toString();
    const qint64 expiresIn = job->json().value(QStringLiteral("expires_in")).toInteger(0);
    if (token.isEmpty() || expiresIn <= 0) {
        deliver({},
                {CssmError::Kind::Protocol,
                 QStringLiteral("OAuth token request: the answer has no access_token and expires_in"), 0});
        return;
    }
    ++m_tokensFetched;
    m_token = token;
    // Renew a little before expiry; a token shorter-lived than the margin is used for half its life.
    const qint64 margin = std::min<qint64>(m_client->settings().tokenRenewMarginSeconds, expiresIn / 2);
    m_renewAtMs = QDateTime::currentMSecsSinceEpoch() + (expiresIn - margin) * 1000;
    qCInfo(lcCssm, "access token obtained, valid for %lld s", static_cast<long long>(expiresIn));
    deliver(m_token, {});
}

void OAuthTokenCache::deliver(const QString &token, const CssmError &error)
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, callback] : waiting) {
        if (context)
            callback(token, error);
    }
}

} // namespace slp
