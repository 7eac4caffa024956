#include "RumReportParser.h"

#include "JsonFields.h"
#include "UdiFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slp {

namespace {

QJsonObject parseObject(const QByteArray &json, const QString &what, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1 is not valid JSON (offset %2: %3)")
                     .arg(what)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return {};
    }
    if (!document.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object").arg(what);
        return {};
    }
    return document.object();
}

void readSignature(const QJsonObject &report, RumReport *out, QString *error)
{
    const QJsonObject signature = JsonFields::requireObject(report, QLatin1String("signature"), {}, error);
    if (!error->isEmpty())
        return;
    const std::optional<Udi> sudi = UdiFields::fromSudiJson(signature.value(QLatin1String("sudi")));
    if (!sudi) {
        *error = QStringLiteral("signature.sudi is missing or lacks udi_pid/udi_serial_number");
        return;
    }
    out->signatureUdi = *sudi;
    out->signingType = signature.value(QLatin1String("signing_type")).toString();
    out->signatureKey = signature.value(QLatin1String("key")).toString();
    out->signatureValue
        = JsonFields::requireString(signature, QLatin1String("value"), QStringLiteral("signature"), error);
}

QList<Udi> readHaUdis(const QJsonArray &entries, QStringList *warnings)
{
    QList<Udi> udis;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonValue entry = entries.at(i);
        // Seen shapes: a sudi object, an object wrapping one in "sudi", or the `PID:..,SN:..` text.
        std::optional<Udi> udi = UdiFields::fromSudiJson(entry);
        if (!udi && entry.isObject())
            udi = UdiFields::fromSudiJson(entry.toObject().value(QLatin1String("sudi")));
        if (!udi && entry.isString())
            udi = UdiFields::fromText(entry.toString());
        if (udi)
            udis.append(*udi);
        else
            warnings->append(QStringLiteral("payload: meta.ha_udi[%1] is not a UDI; ignored").arg(i));
    }
    return udis;
}

RumMeasurement readMeasurement(const QJsonObject &object, const QString &path, QString *error)
{
    RumMeasurement measurement;
    measurement.logTime = JsonFields::requireInteger(object, QLatin1String("log_time"), path, error);
    measurement.metricName = JsonFields::requireString(object, QLatin1String("metric_name"), path, error);
    measurement.startTime = JsonFields::requireInteger(object, QLatin1String("start_time"), path, error);
    measurement.endTime = JsonFields::requireInteger(object, QLatin1String("end_time"), path, error);
    measurement.sampleInterval = JsonFields::requireInteger(object, QLatin1String("sample_interval"), path, error);
    measurement.numSamples = JsonFields::requireInteger(object, QLatin1String("num_samples"), path, error);
    const QString valuePath = path + QLatin1String(".value");
    const QJsonObject value = JsonFields::requireObject(object, QLatin1String("value"), path, error);
    measurement.valueType = JsonFields::requireString(value, QLatin1String("type"), valuePath, error);
    measurement.count = JsonFields::requireInteger(value, QLatin1String("value"), valuePath, error);
    return measurement;
}

void readPayload(const QJsonObject &payload, RumReport *out, QStringList *warnings, QString *error)
{
    out->payloadVersion = payload.value(QLatin1String("version")).toString();
    const QJsonObject asset = JsonFields::requireObject(payload, QLatin1String("asset_identification"), {}, error);
    const QJsonObject meta = JsonFields::requireObject(payload, QLatin1String("meta"), {}, error);
    if (!error->isEmpty())
        return;
    // The id lives in asset_identification (payload 2.0); older payloads carried it in meta.
    const bool idInAsset = asset.contains(QLatin1String("report_id"));
    out->reportId = JsonFields::requireInteger(
        idInAsset ? asset : meta, QLatin1String("report_id"),
        idInAsset ? QStringLiteral("asset_identification") : QStringLiteral("meta"), error);
    out->assetName = asset.value(QLatin1String("asset")).toObject().value(QLatin1String("name")).toString();
    const std::optional<Udi> instance
        = UdiFields::fromSudiJson(asset.value(QLatin1String("instance")).toObject().value(QLatin1String("sudi")));
    if (!instance && error->isEmpty())
        *error = QStringLiteral("asset_identification.instance.sudi is missing or lacks udi_pid/udi_serial_number");
    out->instanceUdi = instance.value_or(Udi {});
    out->entitlementTag
        = JsonFields::requireString(meta, QLatin1String("entitlement_tag"), QStringLiteral("meta"), error);
    out->softwareVersion = meta.value(QLatin1String("software_version")).toString();
    out->haUdis = readHaUdis(meta.value(QLatin1String("ha_udi")).toArray(), warnings);

    const QJsonValue measurements = payload.value(QLatin1String("measurements"));
    if (!measurements.isArray()) {
        if (error->isEmpty())
            *error = QStringLiteral("measurements is missing or not an array");
        return;
    }
    const QJsonArray entries = measurements.toArray();
    if (entries.size() > RumReportParser::maxMeasurements) {
        if (error->isEmpty())
            *error = QStringLiteral("%1 measurements, more than the %2 allowed")
                         .arg(entries.size())
                         .arg(RumReportParser::maxMeasurements);
        return;
    }
    for (qsizetype i = 0; i < entries.size() && error->isEmpty(); ++i) {
        const QString path = QStringLiteral("measurements[%1]").arg(i);
        if (!entries.at(i).isObject()) {
            *error = QStringLiteral("%1 is not an object").arg(path);
            break;
        }
        out->measurements.append(readMeasurement(entries.at(i).toObject(), path, error));
    }
}

} // namespace

FormatResult<RumReport> RumReportParser::parse(const QByteArray &reportJson, QStringList *warnings)
{
    RumReport report;
    report.rawJson = reportJson;
    QString error;
    const QJsonObject root = parseObject(reportJson, QStringLiteral("report"), &error);
    if (!error.isEmpty())
        return FormatResult<RumReport>::failure(error);

    const QJsonValue payloadValue = root.value(QLatin1String("payload"));
    if (!payloadValue.isString())
        return FormatResult<RumReport>::failure(QStringLiteral("report has no \"payload\" string"));
    const QString payloadText = payloadValue.toString();
    // A lone surrogate (\ud800) cannot be turned back into the signed UTF-8 bytes.
    if (!QStringView(payloadText).isValidUtf16())
        return FormatResult<RumReport>::failure(QStringLiteral("payload contains invalid Unicode escapes"));
    report.payload = payloadText.toUtf8();

    report.headerType = root.value(QLatin1String("header")).toObject().value(QLatin1String("type")).toString();
    if (report.headerType != QLatin1String("rum"))
        warnings->append(QStringLiteral("header.type is \"%1\", expected \"rum\"").arg(report.headerType));
    readSignature(root, &report, &error);
    if (!error.isEmpty())
        return FormatResult<RumReport>::failure(error);

    const QJsonObject payload = parseObject(report.payload, QStringLiteral("payload"), &error);
    if (error.isEmpty())
        readPayload(payload, &report, warnings, &error);
    if (!error.isEmpty()) {
        if (!error.startsWith(QLatin1String("payload")))
            error.prepend(QLatin1String("payload: "));
        return FormatResult<RumReport>::failure(error);
    }
    return FormatResult<RumReport>::success(std::move(report));
}

} // namespace slp
