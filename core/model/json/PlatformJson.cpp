#include "JsonValues.h"
#include "ModelJson.h"

namespace slp {

using namespace json;

QJsonObject toJson(const PlatformSchedule &value)
{
    return {
        {QStringLiteral("collection_last"), date(value.collectionLast)},
        {QStringLiteral("collection_next"), date(value.collectionNext)},
        {QStringLiteral("reporting_last"), date(value.reportingLast)},
        {QStringLiteral("reporting_next"), date(value.reportingNext)},
    };
}

QJsonObject toJson(const SiaStatus &value)
{
    return {
        {QStringLiteral("status"), text(value.status)},
        {QStringLiteral("in_compliance"), value.inCompliance},
        {QStringLiteral("grace_period"), text(value.gracePeriod)},
        {QStringLiteral("grace_days_remaining"), number(value.graceDaysRemaining)},
        {QStringLiteral("grace_period_expired"), value.gracePeriodExpired},
        {QStringLiteral("notes"), QJsonArray::fromStringList(value.notes)},
    };
}

QJsonObject toJson(const PlatformParameters &value)
{
    return {
        {QStringLiteral("collection_interval_minutes"), number(value.collectionIntervalMinutes)},
        {QStringLiteral("reporting_interval_minutes"), number(value.reportingIntervalMinutes)},
        {QStringLiteral("throughput_gauge"), text(value.throughputGauge)},
        {QStringLiteral("other_fields"), keyValues(value.otherFields)},
    };
}

QJsonObject toJson(const PlatformFeatureRow &value)
{
    return {
        {QStringLiteral("feature_area"), text(value.featureArea)},
        {QStringLiteral("entitlement"), text(value.entitlement)},
        {QStringLiteral("last_count"), number(value.lastCount)},
        {QStringLiteral("next_count"), number(value.nextCount)},
    };
}

QJsonObject toJson(const PlatformEntitlement &value)
{
    return {
        {QStringLiteral("feature_area"), text(value.featureArea)},
        {QStringLiteral("entitlement"), text(value.entitlement)},
        {QStringLiteral("entitlement_tag"), text(value.entitlementTag)},
        {QStringLiteral("description"), text(value.description)},
        {QStringLiteral("last_count"), number(value.lastCount)},
        {QStringLiteral("next_count"), number(value.nextCount)},
        {QStringLiteral("other_fields"), keyValues(value.otherFields)},
    };
}

QJsonObject toJson(const PlatformSummary &value)
{
    return {
        {QStringLiteral("schedule"), toJson(value.schedule)},
        {QStringLiteral("sia"), value.sia ? QJsonValue(toJson(*value.sia)) : QJsonValue()},
        {QStringLiteral("parameters"), toJson(value.parameters)},
        {QStringLiteral("features"), array(value.features, [](const PlatformFeatureRow &row) { return toJson(row); })},
    };
}

QJsonObject toJson(const PlatformDetail &value)
{
    return {
        {QStringLiteral("schedule"), toJson(value.schedule)},
        {QStringLiteral("sia"), value.sia ? QJsonValue(toJson(*value.sia)) : QJsonValue()},
        {QStringLiteral("parameters"), toJson(value.parameters)},
        {QStringLiteral("entitlements"),
         array(value.entitlements, [](const PlatformEntitlement &entry) { return toJson(entry); })},
    };
}

} // namespace slp
