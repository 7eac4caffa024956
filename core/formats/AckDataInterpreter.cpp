#include "AckDataInterpreter.h"

#include "JsonFields.h"
#include "SignedEnvelope.h"
#include "UdiFields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace slp {

namespace {

constexpr qint64 millisecondsThreshold = 100000000000LL; // larger timestamps are milliseconds

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
    // xrsim-ack/1 spells it acknowledgedReportIds; CSSM-style JSON would use snake case.
    QJsonValue ids = object.value(QLatin1String("acknowledgedReportIds"));
    if (!ids.isArray())
        ids = object.value(QLatin1String("acknowledged_report_ids"));
    QList<qint64> result;
    for (const QJsonValue &value : ids.toArray()) {
        if (const std::optional<qint64> id = JsonFields::integer(value))
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
    const QJsonObject data = SignedEnvelope::open(ack->rawData, &signedEnvelope);
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
    ack->installsTrust = data.value(QLatin1String("installTrust")).toBool();
    ack->carriesPolicy = ack->hasPolicy || data.value(QLatin1String("policy")).isObject();
}

} // namespace slp
