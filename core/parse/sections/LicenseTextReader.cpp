#include "LicenseTextReader.h"

#include "SectionHeaders.h"
#include "parse/TextMatch.h"

namespace slp {

LicenseTextReader::LicenseTextReader(LicenseAll &target, ParseContext &context, ShowCommand command,
                                     SectionSet expected, Section initial)
    : m_target(target)
    , m_context(context)
    , m_command(command)
    , m_expected(expected)
    , m_section(initial)
    , m_general(target, context)
    , m_account(target.status.account, context)
    , m_transport(target.status.transport, context)
    , m_policy(target.status.policy, context)
    , m_usageReporting(target.status.usageReporting, context)
    , m_trust(target.status.trust, context)
    , m_legacy(target.status, context)
    , m_licenses(target.licenses, context)
    , m_product(target.product, context)
    , m_authorizations(target.authorizations, context)
    , m_reportSummary(target.reportSummary, context)
{
    if (initial != Section::None)
        m_seen.append(initial);
}

SectionSet LicenseTextReader::statusSections()
{
    return {Section::SmartLicensingStatus,
            Section::LicenseConversion,
            Section::ExportAuthorizationKey,
            Section::Utility,
            Section::PolicyStatus,
            Section::AccountInformation,
            Section::DataPrivacy,
            Section::Transport,
            Section::Registration,
            Section::LicenseAuthorization,
            Section::Miscellaneous,
            Section::Policy,
            Section::UsageReporting,
            Section::TrustCode,
            Section::DeviceTelemetry,
            Section::ReservationStatus};
}

SectionSet LicenseTextReader::allSections()
{
    return statusSections().united({Section::LicenseUsage, Section::ProductInformation, Section::AgentVersion,
                                    Section::LicenseAuthorizations, Section::UsageReportSummary});
}

bool LicenseTextReader::readInto(const NormalisedOutput &output, ParseContext &context, ShowCommand command,
                                 SectionSet expected, Section initial, SectionSet recognisedBy, LicenseAll &target)
{
    LicenseTextReader reader(target, context, command, expected, initial);
    reader.read(output);
    return reader.hasSeen(recognisedBy);
}

bool LicenseTextReader::hasSeen(SectionSet sections) const
{
    for (const Section section : m_seen) {
        if (sections.contains(section))
            return true;
    }
    return false;
}

void LicenseTextReader::read(const NormalisedOutput &output)
{
    for (const OutputLine &line : output.lines)
        readLine(line);
    m_policy.finish();
    m_licenses.finish();
}

void LicenseTextReader::readLine(const OutputLine &line)
{
    if (text::isRule(line.text, u'=') || text::isRule(line.text, u'-'))
        return; // header underlines
    const KeyValueView field = splitKeyValue(line.text);
    const Section header = sectionOfHeader(field);
    if (header != Section::None) {
        openSection(header, line, field);
        return;
    }
    if (m_section != Section::LicenseUsage && m_expected.contains(Section::LicenseUsage)
        && LicenseUsageReader::isLicenseHeader(field)) {
        openSection(Section::LicenseUsage, line, field); // IOS XE: license blocks right after another section
        m_licenses.read(line, field);
        return;
    }
    if (m_section == Section::Unknown) {
        m_context.keepQuietly(line);
        return;
    }
    if (readInSection(line, field) || readAnywhere(line, field))
        return;
    if (field.hasColon && field.value.isEmpty() && line.indent == 0 && m_section != Section::LicenseUsage) {
        m_section = Section::Unknown;
        m_context.keepUnparsed(line,
                               QLatin1String("unknown section '") + field.key.toString()
                                   + QLatin1String("': its lines are kept unparsed"));
        return;
    }
    if (field.hasColon && statusSections().contains(m_section)) {
        m_target.status.otherFields.append({field.key.toString(), ParseContext::text(field.value)});
        return;
    }
    m_context.keepUnparsed(line);
}

void LicenseTextReader::openSection(Section section, const OutputLine &line, const KeyValueView &field)
{
    if (!m_expected.contains(section)) {
        m_section = Section::Unknown;
        const bool allHasIt = allSections().contains(section);
        m_context.keepUnparsed(
            line,
            QLatin1String("section '") + sectionName(section) + QLatin1String("' is not part of `")
                + showCommandText(m_command) + QLatin1String("` output; its lines are kept unparsed")
                + (allHasIt ? QLatin1String(" (read the text as `show license all` to use them)") : QLatin1String()));
        return;
    }
    m_section = section;
    m_seen.append(section);
    switch (section) {
    case Section::Transport:
        m_transport.begin();
        break;
    case Section::Policy:
        m_policy.begin();
        break;
    case Section::TrustCode:
        m_trust.begin(line, field);
        break;
    case Section::LicenseUsage:
        m_licenses.begin();
        break;
    default:
        m_general.begin(section, field);
        break;
    }
}

bool LicenseTextReader::readInSection(const OutputLine &line, const KeyValueView &field)
{
    switch (m_section) {
    case Section::AccountInformation:
        return m_account.read(line, field);
    case Section::Transport:
        return m_transport.read(line, field);
    case Section::Policy:
        return m_policy.read(line, field);
    case Section::UsageReporting:
        return m_usageReporting.read(line, field);
    case Section::TrustCode:
        return m_trust.read(line, field);
    case Section::Registration:
        return m_legacy.readRegistration(line, field);
    case Section::LicenseAuthorization:
        return m_legacy.readAuthorization(line, field);
    case Section::LicenseUsage:
        return m_licenses.read(line, field);
    case Section::ProductInformation:
        return m_product.read(line, field);
    case Section::LicenseAuthorizations:
        return m_general.read(m_section, line, field) || m_authorizations.read(line, field);
    case Section::UsageReportSummary:
        return m_reportSummary.read(line, field);
    default:
        return m_general.read(m_section, line, field);
    }
}

// Lines some releases print outside the section other releases put them in.
bool LicenseTextReader::readAnywhere(const OutputLine &line, const KeyValueView &field)
{
    if (!field.hasColon || !m_expected.contains(Section::TrustCode))
        return false;
    if (text::equals(field.key, QLatin1String("Secondary Signing Cert"))) {
        m_target.status.secondarySigningCert = m_context.integer(line, field.value, field.key);
        return true;
    }
    if (text::equals(field.key, QLatin1String("Trust Code Type"))) {
        m_target.status.trust.codeType = ParseContext::text(field.value);
        return true;
    }
    if (text::equals(field.key, QLatin1String("Reporting Mode"))) {
        m_target.status.usageReporting.reportingMode = ParseContext::text(field.value);
        return true;
    }
    return false;
}

} // namespace slp
