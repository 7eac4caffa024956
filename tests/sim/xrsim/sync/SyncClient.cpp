#include "SyncClient.h"

#include "crypto/Hmac.h"
#include "formats/ImportFile.h"
#include "formats/RouterFiles.h"
#include "formats/SignedEnvelope.h"
#include "router/Router.h"
#include "router/UsageEngine.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>
#include <mutex>

namespace slp::xrsim {

namespace {

std::mutex g_caMutex;
QList<QSslCertificate> g_extraCas;
constexpr int kRequestTimeoutMs = 5000;
constexpr int kMaxPollWaitMs = 30000;

QJsonObject sudiJson(const QString &pid, const QString &serial)
{
    return {{QStringLiteral("udi_pid"), pid}, {QStringLiteral("udi_serial_number"), serial}};
}

QString nonce()
{
    return QString::fromLatin1(randomBytes(8).toHex());
}

} // namespace

SyncClient::SyncClient(Router &router)
    : m_router(router)
{ }

void SyncClient::setCaBundle(const QString &path)
{
    std::lock_guard lock(g_caMutex);
    g_extraCas = QSslCertificate::fromPath(path);
}

std::optional<QJsonObject> SyncClient::post(const QUrl &url, const QJsonObject &body, QString *problem)
{
    // Runs on the SSH worker thread: a private manager and event loop, nothing shared with other threads.
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("X-CSW-REQUESTING-SYSTEM", "xrsim/" + m_router.spec().hostname.toUtf8());
    request.setTransferTimeout(kRequestTimeoutMs);
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        std::lock_guard lock(g_caMutex);
        tls.addCaCertificates(g_extraCas);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kRequestTimeoutMs + 1000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        *problem = QStringLiteral("Communication timed out with %1").arg(url.host());
        delete reply;
        return std::nullopt;
    }
    const QByteArray data = reply->readAll();
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString errorText = reply->errorString();
    delete reply;
    if (networkError != QNetworkReply::NoError && httpStatus == 0) {
        *problem = QStringLiteral("Failed to connect to %1: %2")
                       .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath), errorText);
        return std::nullopt;
    }
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    if (httpStatus / 100 != 2 || object.isEmpty()) {
        *problem = QStringLiteral("Unexpected response from %1 (HTTP %2)").arg(url.host()).arg(httpStatus);
        return std::nullopt;
    }
    return object;
}

bool SyncClient::run(const QString &transportUrl, QString *problem)
{
    const QUrl base(transportUrl);
    if (!base.isValid() || (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https"))
        || base.host().isEmpty()) {
        *problem = QStringLiteral("Invalid transport URL %1").arg(transportUrl);
        return false;
    }
    auto endpoint = [&](const QString &path) {
        QUrl url = base;
        QString joined = url.path();
        if (!joined.endsWith(QLatin1Char('/')))
            joined += QLatin1Char('/');
        url.setPath(joined + path);
        return url;
    };

    // Everything happens on a copy of the state, applied only when the ACK has been imported.
    Router::Access access(m_router);
    const RouterSpec &spec = access.spec();
    RouterState updated = access.state();
    const qint64 now = access.now();
    UsageEngine(spec, updated).closeOpenReports(now, QStringLiteral("REPORTING"));
    QJsonArray usage;
    for (const RumReport &report : std::as_const(updated.reports)) {
        if (report.state == QLatin1String("CLOSED")) {
            usage.append(
                QJsonObject {{QStringLiteral("payload"), QString::fromUtf8(report.payload)},
                             {QStringLiteral("signature"),
                              QJsonObject {{QStringLiteral("sudi"), sudiJson(spec.pid, spec.serial)},
                                           {QStringLiteral("signing_type"), QStringLiteral("HMAC-SHA256")},
                                           {QStringLiteral("key"), QStringLiteral("router")},
                                           {QStringLiteral("value"), QString::fromLatin1(report.signature)}}}});
        }
    }
    QJsonArray trustRequests;
    if (updated.trust.activeInstalledAt == 0) {
        const QByteArray file = routerfiles::trustRequest(spec, now, randomBytes(8));
        trustRequests.append(QString::fromLatin1(*elementText(file, "data")));
    }
    const QJsonObject report {{QStringLiteral("sudi"), sudiJson(spec.pid, spec.serial)},
                              {QStringLiteral("hostname"), spec.hostname},
                              {QStringLiteral("software_tag_identifier"),
                               QString(QStringLiteral("regid.2017-05.com.cisco.iosxr,v") + spec.version)},
                              {QStringLiteral("nonce"), nonce()},
                              {QStringLiteral("timestamp"), static_cast<double>(now) * 1000},
                              {QStringLiteral("trust_requests"), trustRequests},
                              {QStringLiteral("usage"), usage}};
    const QJsonObject body {{QStringLiteral("data"),
                             QJsonObject {{QStringLiteral("timestamp"), static_cast<double>(now) * 1000},
                                          {QStringLiteral("nonce"), nonce()},
                                          {QStringLiteral("reports"), QJsonArray {report}}}}};
    const auto submitted = post(endpoint(QStringLiteral("v2/devices/reportusage")), body, problem);
    if (!submitted)
        return false;
    if (submitted->value(QStringLiteral("status")).toString() != QLatin1String("OK_POLL")) {
        *problem = submitted->value(QStringLiteral("message")).toString(QStringLiteral("Report rejected"));
        return false;
    }
    // poll_id exceeds 2^53 on CSSM: it travels as text.
    const QString pollId = submitted->value(QStringLiteral("poll_id")).toVariant().toString();
    QElapsedTimer waited;
    waited.start();
    QJsonArray acknowledgements;
    while (acknowledgements.isEmpty()) {
        if (waited.elapsed() > kMaxPollWaitMs) {
            *problem = QStringLiteral("Timed out waiting for the acknowledgement");
            return false;
        }
        const QJsonObject pollBody {{QStringLiteral("data"),
                                     QJsonObject {{QStringLiteral("timestamp"), static_cast<double>(now) * 1000},
                                                  {QStringLiteral("nonce"), nonce()},
                                                  {QStringLiteral("poll_id"), pollId},
                                                  {QStringLiteral("action"), QStringLiteral("acknowledgements")}}}};
        const auto polled = post(endpoint(QStringLiteral("v2/accounts/poll")), pollBody, problem);
        if (!polled)
            return false;
        const QString status = polled->value(QStringLiteral("status")).toString();
        if (status == QLatin1String("COMPLETE")) {
            acknowledgements
                = polled->value(QStringLiteral("data")).toObject().value(QStringLiteral("acknowledgements")).toArray();
            if (acknowledgements.isEmpty()) {
                *problem = QStringLiteral("No acknowledgement in the response");
                return false;
            }
        } else if (status != QLatin1String("OK_POLL")) {
            *problem = polled->value(QStringLiteral("message")).toString(QStringLiteral("Poll failed"));
            return false;
        } else {
            // The simulator's poll interval is in simulated seconds; never wait more than a second of real time.
            QThread::msleep(static_cast<unsigned long>(
                std::clamp(polled->value(QStringLiteral("poll_interval")).toInt(1), 0, 1) * 1000));
        }
    }
    QList<ImportFile> imports;
    for (const QJsonValue &value : std::as_const(acknowledgements)) {
        const QByteArray file
            = QByteArray::fromBase64(value.toObject().value(QStringLiteral("smart_license")).toString().toLatin1());
        const auto parsed = ImportFile::parse(file, m_router.labKey(), problem);
        if (!parsed)
            return false;
        if (parsed->udi != spec.udi() && !(spec.isHighAvailability() && parsed->udi == spec.standbyUdi())) {
            *problem = QStringLiteral("The acknowledgement is for another product instance (%1)").arg(parsed->udi);
            return false;
        }
        imports.append(*parsed);
    }
    updated.reporting.lastReportPush = now;
    for (const ImportFile &ack : std::as_const(imports))
        UsageEngine(spec, updated).applyImport(ack, now);
    access.state() = updated;
    access.markChanged();
    return true;
}

} // namespace slp::xrsim
