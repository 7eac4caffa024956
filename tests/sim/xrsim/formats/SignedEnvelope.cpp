#include "SignedEnvelope.h"

#include "crypto/Hmac.h"
#include "router/RumPayload.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace slp::xrsim {

namespace envelope {

QByteArray seal(const QByteArray &payload, const QByteArray &key)
{
    const QByteArray json = QByteArrayLiteral("{\"payload\":") + jsonQuoted(QString::fromUtf8(payload))
        + QByteArrayLiteral(",\"signature\":\"") + hmacSha256(key, payload).toBase64() + QByteArrayLiteral("\"}");
    return json.toBase64();
}

std::optional<QByteArray> open(const QByteArray &data, const QByteArray &key, Problem *problem)
{
    *problem = Problem::Malformed;
    const auto decoded = QByteArray::fromBase64Encoding(data.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(*decoded, &error).object();
    const QJsonValue payload = object.value(QStringLiteral("payload"));
    const QJsonValue signature = object.value(QStringLiteral("signature"));
    if (error.error != QJsonParseError::NoError || !payload.isString() || !signature.isString())
        return std::nullopt;
    const QByteArray payloadBytes = payload.toString().toUtf8();
    const QByteArray expected = hmacSha256(key, payloadBytes);
    if (!equalDigests(QByteArray::fromBase64(signature.toString().toLatin1()), expected)) {
        *problem = Problem::BadSignature;
        return std::nullopt;
    }
    *problem = Problem::None;
    return payloadBytes;
}

} // namespace envelope

namespace {

// Where the first <tag>...</tag> starts and ends: {start of "<tag>", start of "</tag>"}.
std::optional<std::pair<qsizetype, qsizetype>> elementBounds(const QByteArray &document, const QByteArray &tag)
{
    const qsizetype start = document.indexOf(QByteArray('<' + tag + '>'));
    if (start < 0)
        return std::nullopt;
    const qsizetype end = document.indexOf(QByteArray("</" + tag + '>'), start + tag.size() + 2);
    if (end < 0)
        return std::nullopt;
    return std::pair {start, end};
}

} // namespace

std::optional<QByteArray> elementText(const QByteArray &document, const QByteArray &tag)
{
    const auto bounds = elementBounds(document, tag);
    if (!bounds)
        return std::nullopt;
    const qsizetype textStart = bounds->first + tag.size() + 2;
    return document.mid(textStart, bounds->second - textStart);
}

std::optional<QByteArray> wholeElement(const QByteArray &document, const QByteArray &tag)
{
    const auto bounds = elementBounds(document, tag);
    if (!bounds)
        return std::nullopt;
    return document.mid(bounds->first, bounds->second + tag.size() + 3 - bounds->first);
}

} // namespace slp::xrsim
