#include "ImportFile.h"

#include "SignedEnvelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slp::xrsim {

namespace {

std::optional<PolicyCategory> categoryFromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    PolicyCategory category;
    int *fields[] = {&category.firstReportDays, &category.frequencyDays, &category.onChangeDays};
    const char *names[] = {"firstReportDays", "frequencyDays", "onChangeDays"};
    for (int i = 0; i < 3; ++i) {
        const QJsonValue field = object.value(QLatin1String(names[i]));
        if (!field.isDouble() || field.toDouble() < 0 || field.toDouble() > 3650)
            return std::nullopt;
        *fields[i] = field.toInt();
    }
    return category;
}

} // namespace

std::optional<PolicySpec> policyFromJson(const QJsonObject &object)
{
    PolicySpec policy;
    policy.ciscoDefault = false;
    policy.name = object.value(QStringLiteral("name")).toString();
    policy.ackRequired = object.value(QStringLiteral("ackRequired")).toBool(true);
    const auto perpetual = categoryFromJson(object.value(QStringLiteral("unenforcedPerpetual")));
    const auto subscription = categoryFromJson(object.value(QStringLiteral("unenforcedSubscription")));
    const auto enforced = categoryFromJson(object.value(QStringLiteral("enforced")));
    const auto exportControlled = categoryFromJson(object.value(QStringLiteral("export")));
    if (policy.name.isEmpty() || !perpetual || !subscription || !enforced || !exportControlled)
        return std::nullopt;
    policy.unenforcedPerpetual = *perpetual;
    policy.unenforcedSubscription = *subscription;
    policy.enforced = *enforced;
    policy.exportControlled = *exportControlled;
    return policy;
}

std::optional<ImportFile> ImportFile::parse(const QByteArray &file, const QByteArray &labKey, QString *reason)
{
    ImportFile result;
    const auto ackElement = wholeElement(file, "smartLicenseRumAck");
    const auto policyElement = wholeElement(file, "smartLicensePolicy");
    if (!file.contains("<smartLicense>") || (!ackElement && !policyElement)) {
        *reason = QStringLiteral("Invalid file format");
        return std::nullopt;
    }
    auto openData = [&](const QByteArray &element, QByteArray *payload) {
        const auto data = elementText(element, "data");
        envelope::Problem problem = envelope::Problem::Malformed;
        const auto opened = data ? envelope::open(*data, labKey, &problem) : std::nullopt;
        if (!opened) {
            *reason = problem == envelope::Problem::BadSignature ? QStringLiteral("Signature verification failed")
                                                                 : QStringLiteral("Invalid file format");
            return false;
        }
        *payload = *opened;
        return true;
    };
    if (ackElement) {
        QByteArray payload;
        if (!openData(*ackElement, &payload))
            return std::nullopt;
        const QJsonObject ack = QJsonDocument::fromJson(payload).object();
        if (ack.value(QStringLiteral("format")).toString() != QLatin1String("xrsim-ack/1")
            || !ack.value(QStringLiteral("udi")).isString()
            || !ack.value(QStringLiteral("acknowledgedReportIds")).isArray()) {
            *reason = QStringLiteral("Invalid file format");
            return std::nullopt;
        }
        result.hasAck = true;
        result.udi = ack.value(QStringLiteral("udi")).toString();
        result.timestamp = static_cast<qint64>(ack.value(QStringLiteral("timestamp")).toDouble());
        for (const QJsonValue &id : ack.value(QStringLiteral("acknowledgedReportIds")).toArray())
            result.acknowledgedReportIds.append(static_cast<qint64>(id.toDouble()));
        result.installTrust = ack.value(QStringLiteral("installTrust")).toBool(false);
        if (ack.contains(QStringLiteral("policy"))) {
            result.policy = policyFromJson(ack.value(QStringLiteral("policy")).toObject());
            if (!result.policy) {
                *reason = QStringLiteral("Invalid policy");
                return std::nullopt;
            }
        }
    }
    if (policyElement) {
        QByteArray payload;
        if (!openData(*policyElement, &payload))
            return std::nullopt;
        const QJsonObject document = QJsonDocument::fromJson(payload).object();
        result.policy = document.value(QStringLiteral("format")).toString() == QLatin1String("xrsim-policy/1")
            ? policyFromJson(document.value(QStringLiteral("policy")).toObject())
            : std::nullopt;
        if (!result.policy) {
            *reason = QStringLiteral("Invalid policy");
            return std::nullopt;
        }
        if (result.udi.isEmpty())
            result.udi = document.value(QStringLiteral("udi")).toString();
    }
    return result;
}

} // namespace slp::xrsim
