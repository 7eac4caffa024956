#pragma once

#include <QLatin1String>

#include <cstdint>
#include <initializer_list>

namespace slp {

// The sections of show license status/all/usage/udi, as their headers name them.
enum class Section : std::uint8_t {
    None, // before any header
    Unknown, // a header this version does not know, or one foreign to the command
    SmartLicensingStatus, // pre-24.1 `Smart Licensing Status` / `Smart Licensing is ENABLED`
    LicenseConversion,
    ExportAuthorizationKey,
    Utility,
    PolicyStatus, // `Smart Licensing Using Policy:`
    AccountInformation,
    DataPrivacy,
    Transport,
    Registration, // pre-24.1
    LicenseAuthorization, // pre-24.1 status section; IOS XE usage header
    Miscellaneous,
    Policy,
    UsageReporting,
    TrustCode,
    DeviceTelemetry,
    LicenseUsage,
    ProductInformation,
    AgentVersion,
    LicenseAuthorizations,
    UsageReportSummary,
    ReservationStatus, // `License Reservation:` of show license status while SLR is installed or requested
    Count_
};

// A set of sections: which ones a command prints.
class SectionSet
{
public:
    constexpr SectionSet() = default;
    constexpr SectionSet(std::initializer_list<Section> sections)
    {
        for (const Section section : sections)
            m_bits |= bit(section);
    }
    constexpr bool contains(Section section) const { return (m_bits & bit(section)) != 0; }
    constexpr SectionSet united(SectionSet other) const
    {
        SectionSet result;
        result.m_bits = m_bits | other.m_bits;
        return result;
    }

private:
    static constexpr std::uint32_t bit(Section section) { return 1u << static_cast<unsigned>(section); }
    std::uint32_t m_bits = 0;
};

// The header text of a section, for messages ("Transport", "License Usage").
QLatin1String sectionName(Section section);

} // namespace slp
