#include "LabIssuer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace slp::xrsim::test {

LabIssuer::LabIssuer(QByteArray labKey)
    : m_labKey(std::move(labKey))
{ }

QByteArray LabIssuer::hmac(const QByteArray &key, const QByteArray &message)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(message.constData()), static_cast<size_t>(message.size()), digest,
         &length);
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length));
}

QByteArray LabIssuer::envelope(const QByteArray &payload) const
{
    const QJsonObject object {{QStringLiteral("payload"), QString::fromUtf8(payload)},
                              {QStringLiteral("signature"), QString::fromLatin1(hmac(m_labKey, payload).toBase64())}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64();
}

QByteArray LabIssuer::ackFile(const QString &udi, const QList<qint64> &reportIds, bool installTrust,
                              const QJsonObject &policy) const
{
    QJsonArray ids;
    for (const qint64 id : reportIds)
        ids.append(static_cast<double>(id));
    QJsonObject ack {{QStringLiteral("format"), QStringLiteral("xrsim-ack/1")},
                     {QStringLiteral("udi"), udi},
                     {QStringLiteral("timestamp"), 1710000000},
                     {QStringLiteral("acknowledgedReportIds"), ids},
                     {QStringLiteral("installTrust"), installTrust}};
    if (!policy.isEmpty())
        ack.insert(QStringLiteral("policy"), policy);
    return QByteArrayLiteral("<smartLicense><smartLicenseRumAck><data>")
        + envelope(QJsonDocument(ack).toJson(QJsonDocument::Compact))
        + QByteArrayLiteral("</data></smartLicenseRumAck></smartLicense>");
}

QString LabIssuer::idToken(const QString &smartAccount, const QString &virtualAccount, qint64 expires) const
{
    const QJsonObject claims {{QStringLiteral("format"), QStringLiteral("xrsim-idtoken/1")},
                              {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                              {QStringLiteral("smartAccount"), smartAccount},
                              {QStringLiteral("virtualAccount"), virtualAccount},
                              {QStringLiteral("expires"), static_cast<double>(expires)}};
    const QByteArray claimsPart = QJsonDocument(claims)
                                      .toJson(QJsonDocument::Compact)
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray signature = hmac(m_labKey, QByteArrayLiteral("xrsim-idtoken.") + claimsPart)
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QString::fromLatin1(QByteArray(claimsPart + '.' + signature).toBase64());
}

QByteArray LabIssuer::authorizationCode(const QString &pid, const QString &serial,
                                        const QList<QPair<QString, int>> &entitlements) const
{
    QByteArray element = QByteArrayLiteral("<authorizationCode><flag>A</flag><version>C</version><piid>3c0d6f2e</piid>"
                                           "<timestamp>1710000000000</timestamp><entitlements>");
    for (const auto &[tag, count] : entitlements) {
        element += QByteArrayLiteral("<entitlement><tag>") + tag.toUtf8() + QByteArrayLiteral("</tag><count>")
            + QByteArray::number(count)
            + QByteArrayLiteral("</count><startDate></startDate><endDate></endDate><licenseType>PERPETUAL</licenseType>"
                                "<displayName>")
            + tag.toUtf8() + QByteArrayLiteral("</displayName><tagDescription>") + tag.toUtf8()
            + QByteArrayLiteral("</tagDescription><subscriptionID></subscriptionID></entitlement>");
    }
    element += QByteArrayLiteral("</entitlements></authorizationCode>");
    const QByteArray udi = QStringLiteral("P:%1,S:%2").arg(pid, serial).toUtf8();
    const QByteArray signature = hmac(m_labKey, element + '|' + udi).toBase64();
    return QByteArrayLiteral("<specificPLR>") + element + QByteArrayLiteral("<signature>") + signature
        + QByteArrayLiteral("</signature><udi>") + udi + QByteArrayLiteral("</udi></specificPLR>");
}

QByteArray LabIssuer::routerKey(const QString &udi) const
{
    return hmac(m_labKey, QByteArrayLiteral("router-signing-key|") + udi.toUtf8());
}

} // namespace slp::xrsim::test
