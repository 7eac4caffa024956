#include "JsonValues.h"
#include "ModelJson.h"

namespace slp {

using namespace json;

QJsonObject toJson(const LicenseHaPeer &value)
{
    return {
        {QStringLiteral("udi"), udi(value.udi)},
        {QStringLiteral("role"), text(value.role)},
        {QStringLiteral("count"), number(value.count)},
        {QStringLiteral("other_fields"), keyValues(value.otherFields)},
    };
}

QJsonObject toJson(const LicenseHaInfo &value)
{
    return {
        {QStringLiteral("role"), text(value.role)},
        {QStringLiteral("count"), number(value.count)},
        {QStringLiteral("peers"), array(value.peers, [](const LicenseHaPeer &peer) { return toJson(peer); })},
        {QStringLiteral("other_fields"), keyValues(value.otherFields)},
    };
}

QJsonObject toJson(const LicenseUsage &value)
{
    return {
        {QStringLiteral("name"), text(value.name)},
        {QStringLiteral("entitlement_tag"), text(value.entitlementTag)},
        {QStringLiteral("description"), text(value.description)},
        {QStringLiteral("count"), number(value.count)},
        {QStringLiteral("version"), text(value.version)},
        {QStringLiteral("status"), text(value.status)},
        {QStringLiteral("export_status"), text(value.exportStatus)},
        {QStringLiteral("feature_name"), text(value.featureName)},
        {QStringLiteral("feature_description"), text(value.featureDescription)},
        {QStringLiteral("enforcement_type"), text(value.enforcementType)},
        {QStringLiteral("license_type"), text(value.licenseType)},
        {QStringLiteral("ha_info"), value.haInfo ? QJsonValue(toJson(*value.haInfo)) : QJsonValue()},
        {QStringLiteral("other_fields"), keyValues(value.otherFields)},
    };
}

QJsonObject toJson(const LicenseUsageList &value)
{
    return {
        {QStringLiteral("authorization_status"), text(value.authorizationStatus)},
        {QStringLiteral("licenses"),
         array(value.licenses, [](const LicenseUsage &license) { return toJson(license); })},
    };
}

QJsonObject toJson(const LicenseSummaryRow &value)
{
    return {
        {QStringLiteral("name"), text(value.name)},
        {QStringLiteral("entitlement_tag"), text(value.entitlementTag)},
        {QStringLiteral("count"), number(value.count)},
        {QStringLiteral("status"), text(value.status)},
        {QStringLiteral("name_truncated"), value.nameTruncated},
        {QStringLiteral("tag_truncated"), value.tagTruncated},
    };
}

QJsonObject toJson(const LicenseSummary &value)
{
    return {
        {QStringLiteral("account"), toJson(value.account)},
        {QStringLiteral("licenses"), array(value.rows, [](const LicenseSummaryRow &row) { return toJson(row); })},
    };
}

QJsonObject toJson(const HaUdi &value)
{
    return {
        {QStringLiteral("location"), text(value.location)},
        {QStringLiteral("role"), role(value.role)},
        {QStringLiteral("udi"), udi(value.udi)},
    };
}

QJsonObject toJson(const UdiInfo &value)
{
    return {
        {QStringLiteral("udi"), udi(value.udi)},
        {QStringLiteral("ha_udis"), array(value.haUdis, [](const HaUdi &entry) { return toJson(entry); })},
    };
}

QJsonObject toJson(const UsageReportSummary &value)
{
    return {
        {QStringLiteral("total"), number(value.total)},
        {QStringLiteral("purged"), number(value.purged)},
        {QStringLiteral("acknowledged_received"), number(value.acknowledgedReceived)},
        {QStringLiteral("waiting_for_ack"), number(value.waitingForAck)},
        {QStringLiteral("available_to_report"), number(value.availableToReport)},
        {QStringLiteral("collecting_data"), number(value.collectingData)},
        {QStringLiteral("maximum_display"), number(value.maximumDisplay)},
        {QStringLiteral("in_storage"), number(value.inStorage)},
        {QStringLiteral("mia"), number(value.mia)},
        {QStringLiteral("report_module_status"), text(value.reportModuleStatus)},
    };
}

QJsonObject toJson(const UdiAuthorization &value)
{
    return {
        {QStringLiteral("role"), role(value.role)},
        {QStringLiteral("udi"), udi(value.udi)},
        {QStringLiteral("status"), stamped(value.status)},
        {QStringLiteral("request_code"), text(value.requestCode)},
        {QStringLiteral("last_return_code"), text(value.lastReturnCode)},
        {QStringLiteral("last_confirmation_code"), text(value.lastConfirmationCode)},
        {QStringLiteral("authorization_code"), text(value.authorizationCode)},
    };
}

QJsonObject toJson(const LicenseAll &value)
{
    return {
        {QStringLiteral("status"), toJson(value.status)},
        {QStringLiteral("licenses"),
         array(value.licenses, [](const LicenseUsage &license) { return toJson(license); })},
        {QStringLiteral("product"), toJson(value.product)},
        {QStringLiteral("agent_version"), text(value.agentVersion)},
        {QStringLiteral("authorizations"),
         array(value.authorizations, [](const UdiAuthorization &entry) { return toJson(entry); })},
        {QStringLiteral("purchased_licenses"), text(value.purchasedLicenses)},
        {QStringLiteral("enforcement_status"), text(value.enforcementStatus)},
        {QStringLiteral("usage_report_summary"), toJson(value.reportSummary)},
    };
}

} // namespace slp
