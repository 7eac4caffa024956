#include "IdToken.h"

#include "crypto/Hmac.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace slp::xrsim {

std::optional<IdToken> IdToken::parse(const QString &text, const QByteArray &labKey, Problem *problem)
{
    *problem = Problem::Malformed;
    QByteArray outer = QByteArray::fromPercentEncoding(text.toLatin1());
    outer.replace("\n", "").replace("\r", "");
    const auto decoded = QByteArray::fromBase64Encoding(outer, QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray body = decoded.decoded;
    if (!decoded || body.count('.') != 1)
        return std::nullopt;
    const qsizetype dot = body.indexOf('.');
    const QByteArray claimsPart = body.left(dot);
    const QByteArray signaturePart = body.mid(dot + 1);
    const auto claims = QByteArray::fromBase64Encoding(
        claimsPart, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const auto signature = QByteArray::fromBase64Encoding(
        signaturePart, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!claims || !signature)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(*claims).object();
    if (object.value(QStringLiteral("format")).toString() != QLatin1String("xrsim-idtoken/1"))
        return std::nullopt;
    if (!equalDigests(*signature, hmacSha256(labKey, QByteArrayLiteral("xrsim-idtoken.") + claimsPart))) {
        *problem = Problem::BadSignature;
        return std::nullopt;
    }
    IdToken token;
    token.id = object.value(QStringLiteral("id")).toString();
    token.smartAccount = object.value(QStringLiteral("smartAccount")).toString();
    token.virtualAccount = object.value(QStringLiteral("virtualAccount")).toString();
    token.expires = static_cast<qint64>(object.value(QStringLiteral("expires")).toDouble());
    *problem = Problem::None;
    return token;
}

} // namespace slp::xrsim
