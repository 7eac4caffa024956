#include "CssmRequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace slp::cssmrequests {

namespace {

QJsonObject sudi(const QString &pid, const QString &serial)
{
    return {{QStringLiteral("udi_pid"), pid}, {QStringLiteral("udi_serial_number"), serial}};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QString newNonce()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

std::optional<QByteArray> reportUsageBody(const QList<CssmDeviceUsage> &devices, const QString &nonce, qint64 nowMs,
                                          QString *problem)
{
    QJsonArray reports;
    for (const CssmDeviceUsage &device : devices) {
        QJsonArray usage;
        for (qsizetype i = 0; i < device.reports.size(); ++i) {
            QJsonParseError error;
            const QJsonObject report = QJsonDocument::fromJson(device.reports.at(i), &error).object();
            const QJsonValue payload = report.value(QStringLiteral("payload"));
            if (error.error != QJsonParseError::NoError || !payload.isString()
                || !report.contains(QStringLiteral("signature"))) {
                *problem = QStringLiteral("PID:%1,SN:%2: report #%3 is not a signed RUM report (payload and signature)")
                               .arg(device.pid, device.serial)
                               .arg(i + 1);
                return std::nullopt;
            }
            // The payload travels as the same string value; only its JSON quoting is redone, its bytes stay.
            usage.append(QJsonObject {{QStringLiteral("payload"), payload},
                                      {QStringLiteral("signature"), report.value(QStringLiteral("signature"))}});
        }
        QJsonArray trustRequests;
        for (const QByteArray &request : device.trustRequests)
            trustRequests.append(QString::fromLatin1(request));
        reports.append(QJsonObject {{QStringLiteral("sudi"), sudi(device.pid, device.serial)},
                                    {QStringLiteral("hostname"), device.hostname},
                                    {QStringLiteral("software_tag_identifier"), device.softwareTagIdentifier},
                                    {QStringLiteral("nonce"), nonce},
                                    {QStringLiteral("timestamp"), nowMs},
                                    {QStringLiteral("trust_requests"), trustRequests},
                                    {QStringLiteral("usage"), usage}});
    }
    return compact({{QStringLiteral("data"),
                     QJsonObject {{QStringLiteral("timestamp"), nowMs},
                                  {QStringLiteral("nonce"), nonce},
                                  {QStringLiteral("reports"), reports}}}});
}

QByteArray pollBody(const QString &pollId, const QString &action, const QString &nonce, qint64 nowMs)
{
    // poll_id goes back as text, exactly as received.
    return compact({{QStringLiteral("data"),
                     QJsonObject {{QStringLiteral("timestamp"), nowMs},
                                  {QStringLiteral("nonce"), nonce},
                                  {QStringLiteral("poll_id"), pollId},
                                  {QStringLiteral("action"), action}}}});
}

QByteArray authRequestBody(const QList<CssmAuthorizationRequest> &requests, const QString &nonce, qint64 nowMs)
{
    QJsonArray licenses;
    for (const CssmAuthorizationRequest &request : requests) {
        QJsonArray keys;
        for (const auto &[tag, count] : request.keys)
            keys.append(QJsonObject {{QStringLiteral("entitlement"), tag}, {QStringLiteral("count"), count}});
        licenses.append(QJsonObject {{QStringLiteral("sudi"), sudi(request.pid, request.serial)},
                                     {QStringLiteral("hostname"), request.hostname},
                                     {QStringLiteral("keys"), keys}});
    }
    return compact({{QStringLiteral("data"),
                     QJsonObject {{QStringLiteral("timestamp"), nowMs},
                                  {QStringLiteral("nonce"), nonce},
                                  {QStringLiteral("licenses"), licenses}}}});
}

QByteArray reserveLicensesBody(const QList<CssmReservationRequest> &requests)
{
    QJsonArray reservationRequests;
    for (const CssmReservationRequest &request : requests) {
        QJsonArray licenses;
        for (const auto &[tag, quantity] : request.licenses) {
            licenses.append(QJsonObject {{QStringLiteral("entitlementTag"), tag},
                                         {QStringLiteral("quantity"), quantity},
                                         {QStringLiteral("precedence"), QStringLiteral("LONGEST_TERM_FIRST")}});
        }
        reservationRequests.append(QJsonObject {{QStringLiteral("reservationCode"), request.requestCode},
                                                {QStringLiteral("reservationType"), QStringLiteral("SPECIFIC")},
                                                {QStringLiteral("licenses"), licenses}});
    }
    return compact({{QStringLiteral("reservationRequests"), reservationRequests}});
}

QByteArray returnReservationBody(const QString &udi, const QString &returnCode)
{
    return compact({{QStringLiteral("udi"), udi}, {QStringLiteral("returnCode"), returnCode}});
}

QByteArray createIdTokenBody(const QString &description, int expiresAfterDays, bool exportControlled)
{
    return compact({{QStringLiteral("description"), description},
                    {QStringLiteral("expiresAfterDays"), expiresAfterDays},
                    {QStringLiteral("exportControlled"),
                     exportControlled ? QStringLiteral("Allowed") : QStringLiteral("Not Allowed")}});
}

} // namespace slp::cssmrequests
