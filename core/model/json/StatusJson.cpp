#include "JsonValues.h"
#include "ModelJson.h"

namespace slp {

using namespace json;

QJsonObject toJson(const AccountInfo &value)
{
    return {
        {QStringLiteral("smart_account"), text(value.smartAccount)},
        {QStringLiteral("as_of"), date(value.asOf)},
        {QStringLiteral("virtual_account"), text(value.virtualAccount)},
    };
}

QJsonObject toJson(const DataPrivacy &value)
{
    return {
        {QStringLiteral("sending_hostname"), flag(value.sendingHostname)},
        {QStringLiteral("callhome_hostname_privacy"), flag(value.callhomeHostnamePrivacy)},
        {QStringLiteral("smart_licensing_hostname_privacy"), flag(value.smartLicensingHostnamePrivacy)},
        {QStringLiteral("version_privacy"), flag(value.versionPrivacy)},
    };
}

QJsonObject toJson(const Transport &value)
{
    return {
        {QStringLiteral("type"), transportTypeName(value.type)},
        {QStringLiteral("type_text"), text(value.typeText)},
        {QStringLiteral("cslu_address"), text(value.csluAddress)},
        {QStringLiteral("url"), text(value.url)},
        {QStringLiteral("proxy_configured"), value.proxyConfigured()},
        {QStringLiteral("proxy_host"), value.proxyHost ? QJsonValue(*value.proxyHost) : QJsonValue()},
        {QStringLiteral("proxy_port"), number(value.proxyPort)},
        {QStringLiteral("vrf"), value.vrf ? QJsonValue(*value.vrf) : QJsonValue()},
        {QStringLiteral("vrf_supported"), value.vrfSupported},
        {QStringLiteral("server_identity_check"), flag(value.serverIdentityCheck)},
    };
}

QJsonObject toJson(const PolicyCategory &value)
{
    return {
        {QStringLiteral("first_report_days"), number(value.firstReportDays)},
        {QStringLiteral("reporting_frequency_days"), number(value.reportingFrequencyDays)},
        {QStringLiteral("report_on_change_days"), number(value.reportOnChangeDays)},
        {QStringLiteral("source"), text(value.source)},
    };
}

QJsonObject toJson(const Policy &value)
{
    return {
        {QStringLiteral("policy_in_use"), text(value.policyInUse)},
        {QStringLiteral("installed_on"), date(value.installedOn)},
        {QStringLiteral("policy_name"), text(value.policyName)},
        {QStringLiteral("ack_required"), flag(value.ackRequired)},
        {QStringLiteral("ack_required_source"), text(value.ackRequiredSource)},
        {QStringLiteral("unenforced_perpetual"), toJson(value.unenforcedPerpetual)},
        {QStringLiteral("unenforced_subscription"), toJson(value.unenforcedSubscription)},
        {QStringLiteral("enforced"), toJson(value.enforced)},
        {QStringLiteral("export"), toJson(value.exportRestricted)},
    };
}

QJsonObject toJson(const UsageReporting &value)
{
    return {
        {QStringLiteral("last_ack_received"), date(value.lastAckReceived)},
        {QStringLiteral("next_ack_deadline"), date(value.nextAckDeadline)},
        {QStringLiteral("push_interval_days"), number(value.pushIntervalDays)},
        {QStringLiteral("no_reporting"), value.noReporting},
        {QStringLiteral("push_interval_detail"), text(value.pushIntervalDetail)},
        {QStringLiteral("next_ack_push_check"), date(value.nextAckPushCheck)},
        {QStringLiteral("next_report_push"), date(value.nextReportPush)},
        {QStringLiteral("last_report_push"), date(value.lastReportPush)},
        {QStringLiteral("last_report_file_write"), date(value.lastReportFileWrite)},
        {QStringLiteral("reporting_mode"), text(value.reportingMode)},
    };
}

QJsonObject toJson(const TrustCode &value)
{
    return {
        {QStringLiteral("role"), role(value.role)},
        {QStringLiteral("udi"), udi(value.udi)},
        {QStringLiteral("installed"), value.installed},
        {QStringLiteral("installed_on"), date(value.installedOn)},
    };
}

QJsonObject toJson(const TrustInfo &value)
{
    return {
        {QStringLiteral("installed"), value.isInstalled()},
        {QStringLiteral("installed_on"), date(value.installedOn)},
        {QStringLiteral("per_udi"), array(value.perUdi, [](const TrustCode &code) { return toJson(code); })},
        {QStringLiteral("code_type"), text(value.codeType)},
    };
}

QJsonObject toJson(const DeviceTelemetry &value)
{
    return {
        {QStringLiteral("data_channel"), text(value.dataChannel)},
        {QStringLiteral("reports_on_disk"), number(value.reportsOnDisk)},
    };
}

QJsonObject toJson(const LegacyRegistration &value)
{
    return {
        {QStringLiteral("status"), text(value.status)},
        {QStringLiteral("export_controlled"), text(value.exportControlled)},
        {QStringLiteral("initial_registration"), stamped(value.initialRegistration)},
        {QStringLiteral("last_renewal_attempt"), stamped(value.lastRenewalAttempt)},
        {QStringLiteral("next_renewal_attempt"), date(value.nextRenewalAttempt)},
        {QStringLiteral("registration_expires"), date(value.registrationExpires)},
        {QStringLiteral("authorization"), stamped(value.authorization)},
        {QStringLiteral("last_communication_attempt"), stamped(value.lastCommunicationAttempt)},
        {QStringLiteral("next_communication_attempt"), date(value.nextCommunicationAttempt)},
        {QStringLiteral("communication_deadline"), date(value.communicationDeadline)},
    };
}

QJsonObject toJson(const LicenseStatus &value)
{
    return {
        {QStringLiteral("smart_licensing_enabled"), flag(value.smartLicensingEnabled)},
        {QStringLiteral("automatic_conversion_enabled"), flag(value.automaticConversionEnabled)},
        {QStringLiteral("export_authorized_features"), QJsonArray::fromStringList(value.exportAuthorizedFeatures)},
        {QStringLiteral("utility_enabled"), flag(value.utilityEnabled)},
        {QStringLiteral("policy_enabled"), flag(value.policyEnabled)},
        {QStringLiteral("account"), toJson(value.account)},
        {QStringLiteral("data_privacy"), toJson(value.dataPrivacy)},
        {QStringLiteral("transport"), toJson(value.transport)},
        {QStringLiteral("custom_id"), text(value.customId)},
        {QStringLiteral("reservation_status"), text(value.reservationStatus)},
        {QStringLiteral("policy"), toJson(value.policy)},
        {QStringLiteral("usage_reporting"), toJson(value.usageReporting)},
        {QStringLiteral("trust_code"), toJson(value.trust)},
        {QStringLiteral("secondary_signing_cert"), number(value.secondarySigningCert)},
        {QStringLiteral("device_telemetry"), toJson(value.telemetry)},
        {QStringLiteral("legacy_registration"), value.legacy ? QJsonValue(toJson(*value.legacy)) : QJsonValue()},
        {QStringLiteral("other_fields"), keyValues(value.otherFields)},
    };
}

} // namespace slp
