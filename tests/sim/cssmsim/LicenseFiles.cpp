#include "LicenseFiles.h"

#include "SimCrypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <QUuid>

namespace slp::cssmsim::licensefiles {

namespace {

const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray envelope(const QByteArray &key, const QByteArray &payload)
{
    const QJsonObject object {{QStringLiteral("payload"), QString::fromUtf8(payload)},
                              {QStringLiteral("signature"), QString::fromLatin1(hmacSha256(key, payload).toBase64())}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64();
}

std::optional<QByteArray> openEnvelope(const QByteArray &key, const QByteArray &envelopeText)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(envelopeText.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(*decoded).object();
    const QByteArray payload = object.value(QStringLiteral("payload")).toString().toUtf8();
    const QByteArray signature
        = QByteArray::fromBase64(object.value(QStringLiteral("signature")).toString().toLatin1());
    if (payload.isEmpty() || !equalDigests(signature, hmacSha256(key, payload)))
        return std::nullopt;
    return payload;
}

QByteArray ackFile(const QByteArray &labKey, const QString &udi, qint64 timestamp, const QList<qint64> &reportIds,
                   bool installTrust)
{
    QJsonArray ids;
    for (const qint64 id : reportIds)
        ids.append(id);
    const QJsonObject payload {{QStringLiteral("format"), QStringLiteral("xrsim-ack/1")},
                               {QStringLiteral("udi"), udi},
                               {QStringLiteral("timestamp"), timestamp},
                               {QStringLiteral("acknowledgedReportIds"), ids},
                               {QStringLiteral("installTrust"), installTrust}};
    return QByteArrayLiteral("<smartLicense><smartLicenseRumAck><data>")
        + envelope(labKey, QJsonDocument(payload).toJson(QJsonDocument::Compact))
        + QByteArrayLiteral("</data></smartLicenseRumAck></smartLicense>");
}

AuthorizationCode authorizationCode(const QByteArray &labKey, const QString &pid, const QString &serial,
                                    qint64 timestampMs, const QList<Entitlement> &entitlements)
{
    QByteArray element = "<authorizationCode><flag>A</flag><version>C</version><piid>"
        + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "</piid><timestamp>" + QByteArray::number(timestampMs)
        + "</timestamp><entitlements>";
    for (const Entitlement &entitlement : entitlements) {
        element += "<entitlement><tag>" + xmlEscaped(entitlement.tag) + "</tag><count>"
            + QByteArray::number(entitlement.count) + "</count><startDate></startDate><endDate></endDate><licenseType>"
            + xmlEscaped(entitlement.licenseType) + "</licenseType><displayName>" + xmlEscaped(entitlement.displayName)
            + "</displayName><tagDescription>" + xmlEscaped(entitlement.displayName)
            + "</tagDescription><subscriptionID></subscriptionID></entitlement>";
    }
    element += "</entitlements></authorizationCode>";
    const QByteArray udi = "P:" + pid.toUtf8() + ",S:" + serial.toUtf8();
    const QByteArray signature = hmacSha256(labKey, element + '|' + udi).toBase64();
    return {element,
            "<specificPLR>" + element + "<signature>" + signature + "</signature><udi>" + udi + "</udi></specificPLR>"};
}

std::optional<QPair<QString, QString>> parseRequestCode(const QString &code, QString *problem)
{
    static const QRegularExpression shape(
        QStringLiteral("^(C[A-Za-z]{1,2}-Z([A-Za-z0-9._/+-]+):([A-Za-z0-9._/+-]+)-[A-Za-z0-9]{9})-([0-9A-Fa-f]{2})$"));
    const QRegularExpressionMatch match = shape.match(code.trimmed());
    if (!match.hasMatch()) {
        *problem = QStringLiteral("Invalid reservation request code \"%1\"").arg(code.left(80));
        return std::nullopt;
    }
    const QByteArray expected = sha256(match.captured(1).toLatin1()).left(1).toHex().toUpper();
    if (match.captured(4).toUpper().toLatin1() != expected) {
        *problem = QStringLiteral("Reservation request code \"%1\" fails its check digits").arg(code.left(80));
        return std::nullopt;
    }
    return QPair<QString, QString>(match.captured(2), match.captured(3));
}

QString expectedReturnCode(const QByteArray &routerKey, const QString &udi, const QByteArray &authorizationElement)
{
    const QByteArray confirmation
        = hmacSha256(routerKey, QByteArrayLiteral("confirm|") + authorizationElement).toHex().left(8);
    const QByteArray material = hmacSha256(routerKey, QByteArrayLiteral("return|") + udi.toUtf8() + '|' + confirmation);
    const QByteArray bytes = material + hmacSha256(routerKey, material);
    QString text;
    for (int i = 0; i < 51; ++i)
        text += QLatin1Char(kAlphabet[static_cast<quint8>(bytes.at(i % bytes.size())) % 62]);
    QStringList groups;
    for (int i = 0; i < 8; ++i)
        groups.append(text.mid(i * 6, 6));
    groups.append(text.mid(48, 3));
    return groups.join(QLatin1Char('-'));
}

QString idToken(const QByteArray &labKey, const QString &smartAccount, const QString &virtualAccount, qint64 expires)
{
    const QJsonObject claims {{QStringLiteral("format"), QStringLiteral("xrsim-idtoken/1")},
                              {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                              {QStringLiteral("smartAccount"), smartAccount},
                              {QStringLiteral("virtualAccount"), virtualAccount},
                              {QStringLiteral("expires"), expires}};
    const QByteArray claimsPart = QJsonDocument(claims)
                                      .toJson(QJsonDocument::Compact)
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray signature = hmacSha256(labKey, QByteArrayLiteral("xrsim-idtoken.") + claimsPart)
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QString::fromLatin1(QByteArray(claimsPart + '.' + signature).toBase64());
}

} // namespace slp::cssmsim::licensefiles
