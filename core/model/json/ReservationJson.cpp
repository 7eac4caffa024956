#include "JsonValues.h"
#include "ModelJson.h"

namespace slp {

using namespace json;

QJsonObject toJson(const ReservationTerm &value)
{
    return {
        {QStringLiteral("role"), role(value.role)},
        {QStringLiteral("udi"), udi(value.udi)},
        {QStringLiteral("authorization_type"), stamped(value.authorizationType)},
        {QStringLiteral("license_type"), text(value.licenseType)},
        {QStringLiteral("start_date"), date(value.startDate)},
        {QStringLiteral("end_date"), date(value.endDate)},
        {QStringLiteral("term_count"), number(value.termCount)},
    };
}

QJsonObject toJson(const SpecifiedReservation &value)
{
    return {
        {QStringLiteral("name"), text(value.name)},
        {QStringLiteral("entitlement_tag"), text(value.entitlementTag)},
        {QStringLiteral("description"), text(value.description)},
        {QStringLiteral("total_reserved_count"), number(value.totalReservedCount)},
        {QStringLiteral("enforcement_type"), text(value.enforcementType)},
        {QStringLiteral("terms"), array(value.terms, [](const ReservationTerm &term) { return toJson(term); })},
    };
}

QJsonObject toJson(const Reservation &value)
{
    return {
        {QStringLiteral("enabled"), flag(value.enabled)},
        {QStringLiteral("per_udi"), array(value.perUdi, [](const UdiAuthorization &entry) { return toJson(entry); })},
        {QStringLiteral("specified"),
         array(value.specified, [](const SpecifiedReservation &entry) { return toJson(entry); })},
    };
}

QJsonObject toJson(const RumReportRow &value)
{
    return {
        {QStringLiteral("report_id"), value.id},
        {QStringLiteral("state"), text(value.state)},
        {QStringLiteral("flag"), text(value.flag)},
        {QStringLiteral("feature_name"), text(value.featureName)},
    };
}

QJsonObject toJson(const RumReportDetail &value)
{
    return {
        {QStringLiteral("report_id"), value.id},
        {QStringLiteral("metric_name"), text(value.metricName)},
        {QStringLiteral("feature_name"), text(value.featureName)},
        {QStringLiteral("metric_value"), text(value.metricValue)},
        {QStringLiteral("udi"), udi(value.udi)},
        {QStringLiteral("previous_report_id"), number(value.previousReportId)},
        {QStringLiteral("next_report_id"), number(value.nextReportId)},
        {QStringLiteral("state"), text(value.state)},
        {QStringLiteral("state_change_reason"), text(value.stateChangeReason)},
        {QStringLiteral("start_time"), date(value.startTime)},
        {QStringLiteral("end_time"), date(value.endTime)},
        {QStringLiteral("storage_state"), text(value.storageState)},
        {QStringLiteral("transaction_id"), text(value.transactionId)},
        {QStringLiteral("transaction_message"), text(value.transactionMessage)},
        {QStringLiteral("other_fields"), keyValues(value.otherFields)},
    };
}

QJsonArray toJson(const QList<RumReportRow> &value)
{
    return array(value, [](const RumReportRow &row) { return toJson(row); });
}

QJsonArray toJson(const QList<RumReportDetail> &value)
{
    return array(value, [](const RumReportDetail &report) { return toJson(report); });
}

} // namespace slp
