#include "SyncClient.h"

#include "crypto/Hmac.h"
#include "formats/ImportFile.h"
#include "formats/RouterFiles.h"
#include "formats/SignedEnvelope.h"
#include "router/Router.h"
#include "router/UsageEngine.h"

#include "HttpBridge.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

namespace slp::xrsim {

namespace {

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

std::optional<QJsonObject> SyncClient::post(const QUrl &url, const QJsonObject &body, QString *problem)
{
    HttpBridge *bridge = HttpBridge::instance();
    if (!bridge) {
        *problem = QStringLiteral("No network stack");
        return std::nullopt;
    }
    const HttpBridge::Response response = bridge->postJson(
        url, QJsonDocument(body).toJson(QJsonDocument::Compact),
        {{"X-CSW-REQUESTING-SYSTEM", "xrsim/" + m_router.spec().hostname.toUtf8()}}, kRequestTimeoutMs);
    if (response.httpStatus == 0) {
        *problem = QStringLiteral("Failed to connect to %1: %2")
                       .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath), response.networkError);
        return std::nullopt;
    }
    const QJsonObject object = QJsonDocument::fromJson(response.body).object();
    if (response.httpStatus / 100 != 2 || object.isEmpty()) {
        *problem = QStringLiteral("Unexpected response from %1 (HTTP %2)").arg(url.host()).arg(response.httpStatus);
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

    // Phase 1 (router locked): what the router would send, computed on a copy of its state.
    const RouterSpec &spec = m_router.spec();
    RouterState updated;
    qint64 now = 0;
    {
        Router::Access access(m_router);
        updated = access.state();
        now = access.now();
    }
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
    // Phase 3 (router locked again): the network part went well, so the router really reports now.
    // Replaying the close on the live state gives the same report ids the CSSM simulator acknowledged.
    Router::Access access(m_router);
    RouterState &live = access.state();
    UsageEngine engine(spec, live);
    engine.closeOpenReports(now, QStringLiteral("REPORTING"));
    live.reporting.lastReportPush = now;
    for (const ImportFile &ack : std::as_const(imports))
        engine.applyImport(ack, now);
    access.markChanged();
    return true;
}

} // namespace slp::xrsim
