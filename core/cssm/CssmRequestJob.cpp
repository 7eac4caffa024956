#include "CssmRequestJob.h"

#include "CssmClient.h"
#include "CssmLogging.h"
#include "LargeIntegerJson.h"
#include "OAuthTokenCache.h"
#include "TlsProblem.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>

namespace slp {

namespace {

bool isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the per-attempt transfer timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::UnknownServerError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
        return true;
    default:
        return false;
    }
}

QString serverMessage(const QJsonObject &json)
{
    for (const char *key : {"message", "error_description", "statusMessage", "error"}) {
        const QString text = json.value(QLatin1String(key)).toString();
        if (!text.isEmpty())
            return text;
    }
    // reserve-licenses puts the reason per request code.
    const QJsonArray codes = json.value(QStringLiteral("authorizationCodes")).toArray();
    return codes.isEmpty() ? QString() : codes.first().toObject().value(QStringLiteral("statusMessage")).toString();
}

} // namespace

CssmRequestJob::CssmRequestJob(CssmClient *client, Spec spec)
    : QObject(client)
    , m_client(client)
    , m_spec(std::move(spec))
{
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish({CssmError::Kind::Timeout,
                QStringLiteral("%1: no answer from %2 within %3 s")
                    .arg(m_spec.what, m_spec.url.host())
                    .arg(m_client->settings().jobTimeoutMs / 1000.0),
                0});
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &CssmRequestJob::sendAttempt);
    QMetaObject::invokeMethod(this, &CssmRequestJob::start, Qt::QueuedConnection);
}

CssmRequestJob::~CssmRequestJob()
{
    if (m_reply)
        m_reply->abort();
}

void CssmRequestJob::start()
{
    if (m_finished)
        return;
    m_deadline.start(m_client->settings().jobTimeoutMs);
    sendAttempt();
}

void CssmRequestJob::cancel()
{
    finish({CssmError::Kind::Cancelled, QStringLiteral("%1: cancelled").arg(m_spec.what), 0});
}

void CssmRequestJob::sendAttempt()
{
    if (m_finished)
        return;
    if (!m_spec.authenticated) {
        send({});
        return;
    }
    m_client->tokenCache()->acquire(this, [this](const QString &token, const CssmError &error) {
        if (!error.ok())
            finish(error);
        else
            send(token);
    });
}

void CssmRequestJob::send(const QString &token)
{
    if (m_finished)
        return;
    QString problem;
    const QSslConfiguration tls = m_client->tlsConfiguration(&problem);
    if (!problem.isEmpty()) {
        finish({CssmError::Kind::Configuration, problem, 0});
        return;
    }
    ++m_attempts;
    m_sslErrors.clear();
    m_sentToken = token;
    QNetworkRequest request(m_spec.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_client->settings().requestTimeoutMs);
    request.setSslConfiguration(tls);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    const CssmSettings &settings = m_client->settings();
    if (m_spec.accountHeaders) {
        if (!settings.smartAccountId.isEmpty())
            request.setRawHeader("X-CSW-SMART-ACCOUNT-ID", settings.smartAccountId.toUtf8());
        if (!settings.virtualAccountId.isEmpty())
            request.setRawHeader("X-CSW-VIRTUAL-ACCOUNT-ID", settings.virtualAccountId.toUtf8());
        request.setRawHeader("X-CSW-REQUESTING-SYSTEM", settings.requestingSystem.toUtf8());
    }
    qCDebug(lcCssm, "%s %s (attempt %d)", m_spec.method.constData(), qPrintable(m_spec.url.path()), m_attempts);
    m_reply = m_client->networkManager()->sendCustomRequest(request, m_spec.method, m_spec.body);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::finished, this, &CssmRequestJob::onReplyFinished);
}

void CssmRequestJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_body = reply->readAll();
    const QString host = m_spec.url.host();

    if (m_httpStatus == 0) {
        if (reply->error() == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
            finish({CssmError::Kind::Tls,
                    TlsProblem::describe(host, m_sslErrors, reply->sslConfiguration().peerCertificate()), 0});
            return;
        }
        const CssmError error {CssmError::Kind::Network,
                               QStringLiteral("%1: %2 (%3)").arg(m_spec.what, reply->errorString(), host), 0};
        if (isRetryableNetworkError(reply->error()))
            retryOrFinish(error);
        else
            finish(error);
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument document = LargeIntegerJson::parse(m_body, &parseError);
    m_json = document.object();
    if (m_httpStatus == 401 && m_spec.authenticated) {
        if (!m_tokenRenewed) {
            // The token expired or was revoked early: renew it once, then send the same request again.
            m_tokenRenewed = true;
            m_client->tokenCache()->invalidate(m_sentToken);
            qCInfo(lcCssm, "%s: HTTP 401, renewing the access token", qPrintable(m_spec.what));
            sendAttempt();
            return;
        }
        finish({CssmError::Kind::Authentication,
                QStringLiteral("%1: %2 refused the renewed access token (HTTP 401: %3)")
                    .arg(m_spec.what, host, serverMessage(m_json)),
                401});
        return;
    }
    if (m_httpStatus >= 500 || m_httpStatus == 429) {
        retryOrFinish(
            {CssmError::Kind::Http,
             QStringLiteral("%1: %2 answered HTTP %3%4")
                 .arg(m_spec.what, host)
                 .arg(m_httpStatus)
                 .arg(serverMessage(m_json).isEmpty() ? QString() : QStringLiteral(" (%1)").arg(serverMessage(m_json))),
             m_httpStatus});
        return;
    }
    if (m_httpStatus >= 300) {
        const QString message = serverMessage(m_json);
        finish({CssmError::Kind::Http,
                QStringLiteral("%1: %2 answered HTTP %3%4")
                    .arg(m_spec.what, host)
                    .arg(m_httpStatus)
                    .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message),
                m_httpStatus});
        return;
    }
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        finish({CssmError::Kind::Protocol,
                QStringLiteral("%1: the answer of %2 is not a JSON object (%3 at offset %4)")
                    .arg(m_spec.what, host, parseError.errorString())
                    .arg(parseError.offset),
                m_httpStatus});
        return;
    }
    if (m_json.value(QStringLiteral("status")).toString() == QLatin1String("FAILED")) {
        const QString message = serverMessage(m_json);
        finish({CssmError::Kind::Rejected,
                QStringLiteral("%1 refused by %2: %3")
                    .arg(m_spec.what, host, message.isEmpty() ? QStringLiteral("FAILED") : message),
                m_httpStatus});
        return;
    }
    finish({});
}

void CssmRequestJob::retryOrFinish(CssmError error)
{
    const CssmSettings &settings = m_client->settings();
    if (m_attempts >= settings.maxAttempts) {
        error.message += QStringLiteral(" (gave up after %1 attempts)").arg(m_attempts);
        finish(error);
        return;
    }
    // Exponential backoff with a little jitter, so that many consoles do not retry in step.
    const int exponent = std::min(m_attempts - 1, 16);
    const int base
        = static_cast<int>(std::min<qint64>(qint64(settings.backoffInitialMs) << exponent, settings.backoffMaxMs));
    const int delay = base + static_cast<int>(QRandomGenerator::global()->bounded(base / 4 + 1));
    qCInfo(lcCssm, "%s; retrying in %d ms", qPrintable(error.message), delay);
    m_retryTimer.start(delay);
}

void CssmRequestJob::finish(CssmError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    m_deadline.stop();
    m_retryTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (!m_error.ok())
        qCInfo(lcCssm, "%s failed: %s", qPrintable(m_spec.what), qPrintable(m_error.message));
    Q_EMIT finished();
}

} // namespace slp
