#include "SectionHeaders.h"

#include "parse/TextMatch.h"

#include <array>

namespace slp {

namespace {

struct Header
{
    QLatin1String words;
    Section section;
};

constexpr std::array<Header, 23> headers {{
    {QLatin1String("Smart Licensing Status"), Section::SmartLicensingStatus},
    {QLatin1String("License Conversion"), Section::LicenseConversion},
    {QLatin1String("Export Authorization Key"), Section::ExportAuthorizationKey},
    {QLatin1String("Utility"), Section::Utility},
    {QLatin1String("Smart Licensing Using Policy"), Section::PolicyStatus},
    {QLatin1String("Account Information"), Section::AccountInformation},
    {QLatin1String("Data Privacy"), Section::DataPrivacy},
    {QLatin1String("Transport"), Section::Transport},
    {QLatin1String("Registration"), Section::Registration},
    {QLatin1String("License Authorization"), Section::LicenseAuthorization},
    {QLatin1String("Miscellaneous"), Section::Miscellaneous},
    {QLatin1String("Policy"), Section::Policy},
    {QLatin1String("Usage Reporting"), Section::UsageReporting},
    {QLatin1String("Trust Code Installed"), Section::TrustCode},
    {QLatin1String("Device Telemetry Report Summary"), Section::DeviceTelemetry},
    {QLatin1String("License Usage"), Section::LicenseUsage},
    {QLatin1String("Product Information"), Section::ProductInformation},
    {QLatin1String("HA UDI List"), Section::ProductInformation},
    {QLatin1String("Agent Version"), Section::AgentVersion},
    {QLatin1String("License Authorizations"), Section::LicenseAuthorizations},
    {QLatin1String("Usage Report Summary"), Section::UsageReportSummary},
    {QLatin1String("Smart Licensing Usage Report Summary"), Section::UsageReportSummary},
    {QLatin1String("License Reservation"), Section::ReservationStatus},
}};

} // namespace

Section sectionOfHeader(const KeyValueView &field)
{
    // `Trust Code Installed: <date>` carries its value on the header line; other headers have none.
    if (field.hasColon && !field.value.isEmpty()) {
        return text::equals(field.key, QLatin1String("Trust Code Installed")) ? Section::TrustCode : Section::None;
    }
    if (!field.hasColon && text::startsWith(field.key, QLatin1String("Smart Licensing is ")))
        return Section::SmartLicensingStatus;
    for (const Header &header : headers) {
        if (text::equals(field.key, header.words))
            return header.section;
    }
    return Section::None;
}

QLatin1String sectionName(Section section)
{
    for (const Header &header : headers) {
        if (header.section == section)
            return header.words;
    }
    return section == Section::None ? QLatin1String("(before any section)") : QLatin1String("(unknown section)");
}

} // namespace slp
