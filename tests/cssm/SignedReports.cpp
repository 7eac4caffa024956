#include "SignedReports.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace slp::test {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

SignedReports::SignedReports(QByteArray labKey)
    : m_labKey(std::move(labKey))
{ }

QByteArray SignedReports::routerKey(const QString &pid, const QString &serial) const
{
    return hmac(m_labKey, "router-signing-key|PID:" + pid.toUtf8() + ",SN:" + serial.toUtf8());
}

QByteArray SignedReports::report(const QString &pid, const QString &serial, qint64 reportId, const QString &tag,
                                 qint64 count) const
{
    const QByteArray sudi = R"({"udi_pid":")" + pid.toUtf8() + R"(","udi_serial_number":")" + serial.toUtf8() + R"("})";
    const QByteArray payload = R"({"version":"2.0","asset_identification":{"report_id":)" + QByteArray::number(reportId)
        + R"(,"asset":{"name":"Advanced"},"instance":{"sudi":)" + sudi + R"(}},"meta":{"entitlement_tag":")"
        + tag.toUtf8()
        + R"(","software_version":"24.2.1","ha_udi":[]},"measurements":[{"log_time":1710000000,"metric_name":"ENTITLEMENT","start_time":1709990000,"end_time":1710000000,"sample_interval":10000,"num_samples":1,"value":{"type":"COUNT","value":")"
        + QByteArray::number(count) + R"("}}]})";
    const QJsonObject report {{QStringLiteral("payload"), QString::fromUtf8(payload)},
                              {QStringLiteral("header"), QJsonObject {{QStringLiteral("type"), QStringLiteral("rum")}}},
                              {QStringLiteral("signature"),
                               QJsonObject {{QStringLiteral("sudi"), QJsonDocument::fromJson(sudi).object()},
                                            {QStringLiteral("signing_type"), QStringLiteral("HMAC-SHA256")},
                                            {QStringLiteral("key"), QStringLiteral("router")},
                                            {QStringLiteral("value"),
                                             QString::fromLatin1(hmac(routerKey(pid, serial), payload).toBase64())}}}};
    return QJsonDocument(report).toJson(QJsonDocument::Compact);
}

QByteArray SignedReports::rumFile(const QString &hostname, const QString &pid, const QString &serial,
                                  const QList<QByteArray> &reports)
{
    const QJsonObject info {
        {QStringLiteral("format"), QStringLiteral("xrsim-rum-file/1")},
        {QStringLiteral("hostname"), hostname},
        {QStringLiteral("sudi"),
         QJsonObject {{QStringLiteral("udi_pid"), pid}, {QStringLiteral("udi_serial_number"), serial}}},
        {QStringLiteral("software_version"), QStringLiteral("24.2.1")},
        {QStringLiteral("timestamp"), 1710000000}};
    QByteArray file = "<smartLicense><smartLicenseSystemInfo><data>"
        + QJsonDocument(info).toJson(QJsonDocument::Compact) + "</data></smartLicenseSystemInfo>";
    for (const QByteArray &report : reports)
        file += "<RUMReport><![CDATA[" + report + "]]></RUMReport>";
    return file + "</smartLicense>";
}

QByteArray SignedReports::verifiedAckPayload(const QByteArray &ackFile) const
{
    static const QRegularExpression data(QStringLiteral("<smartLicenseRumAck><data>([^<]*)</data>"));
    const QRegularExpressionMatch match = data.match(QString::fromLatin1(ackFile));
    if (!match.hasMatch())
        return {};
    const QJsonObject envelope = QJsonDocument::fromJson(QByteArray::fromBase64(match.captured(1).toLatin1())).object();
    const QByteArray payload = envelope.value(QStringLiteral("payload")).toString().toUtf8();
    const QByteArray signature
        = QByteArray::fromBase64(envelope.value(QStringLiteral("signature")).toString().toLatin1());
    return signature == hmac(m_labKey, payload) ? payload : QByteArray();
}

} // namespace slp::test
