#include "AckDataInterpreter.h"

#include "JsonFields.h"
#include "UdiFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slp {

namespace {

constexpr qint64 millisecondsThreshold = 100000000000LL; // larger timestamps are milliseconds

QJsonObject jsonObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

// The data is JSON, or base64 of JSON; a signed envelope {"payload": "<json>", "signature": ...}
// is opened to its payload.
QJsonObject decodeData(const QByteArray &rawData, bool *signedEnvelope)
{
    const QByteArray trimmed = rawData.trimmed();
    QJsonObject object = jsonObject(trimmed);
    if (object.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            object = jsonObject(*decoded);
    }
    *signedEnvelope = object.contains(QLatin1String("signature"));
    const QJsonValue payload = object.value(QLatin1String("payload"));
    if (payload.isString())
        return jsonObject(payload.toString().toUtf8());
    if (payload.isObject())
        return payload.toObject();
    return object;
}

std::optional<Udi> udiFrom(const QJsonObject &object)
{
    if (std::optional<Udi> udi = UdiFields::fromSudiJson(object.value(QLatin1String("sudi"))))
        return udi;
    const QJsonValue udi = object.value(QLatin1String("udi"));
    if (udi.isString())
        return UdiFields::fromText(udi.toString());
    return UdiFields::fromSudiJson(udi);
}

QList<qint64> reportIdsFrom(const QJsonObject &object, QStringList *notes)
{
    QJsonArray ids;
    for (const char *key : {"acknowledged_report_ids", "report_ids", "reportIds"}) {
        if (object.value(QLatin1String(key)).isArray()) {
            ids = object.value(QLatin1String(key)).toArray();
            break;
        }
    }
    QList<qint64> result;
    for (const QJsonValue &value : std::as_const(ids)) {
        // Entries may be ids or objects carrying one.
        const std::optional<qint64> id = value.isObject()
            ? JsonFields::integer(value.toObject().value(QLatin1String("report_id")))
            : JsonFields::integer(value);
        if (id)
            result.append(*id);
        else
            notes->append(QStringLiteral("an acknowledged report id is not a whole number; ignored"));
    }
    return result;
}

std::optional<qint64> timestampFrom(const QJsonObject &object)
{
    const std::optional<qint64> number = JsonFields::integer(object.value(QLatin1String("timestamp")));
    if (!number)
        return std::nullopt;
    return *number > millisecondsThreshold ? *number / 1000 : *number;
}

} // namespace

void AckDataInterpreter::interpret(AckFile *ack)
{
    bool signedEnvelope = false;
    const QJsonObject data = decodeData(ack->rawData, &signedEnvelope);
    if (data.isEmpty()) {
        ack->notes.append(
            QStringLiteral("the ACK data is not in a form the console reads; UDI and report ids unknown"));
        return;
    }
    ack->hasSignature = signedEnvelope || data.contains(QLatin1String("signature"));
    ack->udi = udiFrom(data);
    if (!ack->udi)
        ack->notes.append(QStringLiteral("the ACK data names no UDI the console reads; UDI unknown"));
    ack->acknowledgedReportIds = reportIdsFrom(data, &ack->notes);
    ack->timestamp = timestampFrom(data);
}

} // namespace slp
