#include "AckMaker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace slp::test {

AckMaker::AckMaker(QByteArray labKey)
    : m_labKey(std::move(labKey))
{ }

QByteArray AckMaker::payload(const QString &udi, const QList<qint64> &reportIds, qint64 timestamp)
{
    QJsonArray ids;
    for (const qint64 id : reportIds)
        ids.append(id);
    return QJsonDocument(QJsonObject {{QStringLiteral("format"), QStringLiteral("xrsim-ack/1")},
                                      {QStringLiteral("udi"), udi},
                                      {QStringLiteral("timestamp"), timestamp},
                                      {QStringLiteral("acknowledgedReportIds"), ids},
                                      {QStringLiteral("installTrust"), false}})
        .toJson(QJsonDocument::Compact);
}

QByteArray AckMaker::wrap(const QByteArray &envelope)
{
    return QByteArrayLiteral("<smartLicense><smartLicenseRumAck><data>") + envelope.toBase64()
        + QByteArrayLiteral("</data></smartLicenseRumAck></smartLicense>");
}

QByteArray AckMaker::ack(const QString &udi, const QList<qint64> &reportIds, qint64 timestamp) const
{
    const QByteArray signedPayload = payload(udi, reportIds, timestamp);
    const QByteArray signature
        = QMessageAuthenticationCode::hash(signedPayload, m_labKey, QCryptographicHash::Sha256).toBase64();
    return wrap(QJsonDocument(QJsonObject {{QStringLiteral("payload"), QString::fromUtf8(signedPayload)},
                                           {QStringLiteral("signature"), QString::fromLatin1(signature)}})
                    .toJson(QJsonDocument::Compact));
}

QByteArray AckMaker::ackWithBadSignature(const QString &udi, qint64 timestamp) const
{
    return AckMaker(QByteArrayLiteral("not-the-lab-key-0123456789abcdef")).ack(udi, {}, timestamp);
}

QByteArray AckMaker::ackWithoutSignature(const QString &udi, qint64 timestamp) const
{
    return wrap(QJsonDocument(QJsonObject {{QStringLiteral("payload"), QString::fromUtf8(payload(udi, {}, timestamp))}})
                    .toJson(QJsonDocument::Compact));
}

} // namespace slp::test
