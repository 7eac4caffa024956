#include "SignedEnvelope.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace slp {

namespace {

QJsonObject jsonObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

} // namespace

QJsonObject SignedEnvelope::open(const QByteArray &data, bool *isSigned)
{
    const QByteArray trimmed = data.trimmed();
    QJsonObject envelope = jsonObject(trimmed);
    if (envelope.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            envelope = jsonObject(*decoded);
    }
    *isSigned = envelope.contains(QLatin1String("signature"));
    const QJsonValue payload = envelope.value(QLatin1String("payload"));
    if (payload.isString())
        return jsonObject(payload.toString().toUtf8());
    if (payload.isObject())
        return payload.toObject();
    return envelope;
}

} // namespace slp
