#include "GeneralSectionsReader.h"

#include "parse/TextMatch.h"

namespace slp {

void GeneralSectionsReader::begin(Section section, const KeyValueView &header)
{
    m_textBlock = nullptr;
    m_featureList = false;
    if (section == Section::SmartLicensingStatus
        && text::startsWith(header.key, QLatin1String("Smart Licensing is "))) {
        // `Smart Licensing is ENABLED`: the pre-24.1 layout.
        // Releases with Smart Licensing Using Policy print it too: only the Registration and License
        // Authorization sections make the status a legacy one.
        m_target.status.smartLicensingEnabled = text::endsWith(header.key, QLatin1String("ENABLED"));
    }
}

bool GeneralSectionsReader::read(Section section, const OutputLine &line, const KeyValueView &field)
{
    LicenseStatus &status = m_target.status;
    const QStringView key = field.key;
    switch (section) {
    case Section::Utility:
        if (text::equals(key, QLatin1String("Status")) && field.hasColon) {
            status.utilityEnabled = m_context.flag(line, field.value, u"Utility Status");
            return true;
        }
        return false;
    case Section::PolicyStatus:
        if (text::equals(key, QLatin1String("Status")) && field.hasColon) {
            status.policyEnabled = m_context.flag(line, field.value, u"Smart Licensing Using Policy Status");
            return true;
        }
        return false;
    case Section::DataPrivacy:
        return readDataPrivacy(line, field);
    case Section::ReservationStatus:
        if (text::equals(key, QLatin1String("Status")) && field.hasColon) {
            status.reservationStatus = ParseContext::text(field.value);
            return true;
        }
        return false;
    case Section::Miscellaneous:
        if (text::equals(key, QLatin1String("Custom Id")) && field.hasColon) {
            status.customId = ParseContext::text(field.value);
            return true;
        }
        return false;
    case Section::LicenseConversion:
        if (text::equals(key, QLatin1String("Automatic Conversion Enabled")) && field.hasColon) {
            status.automaticConversionEnabled = m_context.flag(line, field.value, key);
            return true;
        }
        return false;
    case Section::ExportAuthorizationKey:
        if (text::equals(key, QLatin1String("Features Authorized")) && field.hasColon) {
            m_featureList = true;
            if (!text::isNoValue(field.value))
                status.exportAuthorizedFeatures.append(field.value.toString());
            return true;
        }
        if (m_featureList && !field.hasColon) {
            if (!text::isNoValue(line.text))
                status.exportAuthorizedFeatures.append(line.text.toString());
            return true;
        }
        return false;
    case Section::DeviceTelemetry:
        if (text::equals(key, QLatin1String("Data Channel")) && field.hasColon) {
            status.telemetry.dataChannel = ParseContext::text(field.value);
            return true;
        }
        if (text::equals(key, QLatin1String("Reports on disk")) && field.hasColon) {
            status.telemetry.reportsOnDisk = m_context.integer(line, field.value, key);
            return true;
        }
        return false;
    case Section::AgentVersion:
        if (text::startsWith(key, QLatin1String("Smart Agent for Licensing")) && field.hasColon) {
            m_target.agentVersion = ParseContext::text(field.value);
            return true;
        }
        return false;
    case Section::LicenseAuthorizations:
        return readAuthorizationText(field);
    default:
        return false;
    }
}

bool GeneralSectionsReader::readDataPrivacy(const OutputLine &line, const KeyValueView &field)
{
    if (!field.hasColon)
        return false;
    struct FlagField
    {
        QLatin1String key;
        std::optional<bool> DataPrivacy::*member;
    };
    static const FlagField flags[] = {
        {QLatin1String("Sending Hostname"), &DataPrivacy::sendingHostname},
        {QLatin1String("Callhome hostname privacy"), &DataPrivacy::callhomeHostnamePrivacy},
        {QLatin1String("Smart Licensing hostname privacy"), &DataPrivacy::smartLicensingHostnamePrivacy},
        {QLatin1String("Version privacy"), &DataPrivacy::versionPrivacy},
    };
    for (const FlagField &flag : flags) {
        if (text::equals(field.key, flag.key)) {
            m_target.status.dataPrivacy.*flag.member = m_context.flag(line, field.value, field.key);
            return true;
        }
    }
    return false;
}

bool GeneralSectionsReader::readAuthorizationText(const KeyValueView &field)
{
    if (field.hasColon && field.value.isEmpty()) {
        if (text::equals(field.key, QLatin1String("Purchased Licenses")))
            m_textBlock = &m_target.purchasedLicenses;
        else if (text::equals(field.key, QLatin1String("Enforcement Status")))
            m_textBlock = &m_target.enforcementStatus;
        else
            return false;
        return true;
    }
    if (m_textBlock && !field.hasColon) {
        if (!m_textBlock->isEmpty())
            m_textBlock->append(QLatin1String("; "));
        m_textBlock->append(field.key);
        return true;
    }
    m_textBlock = nullptr;
    return false;
}

} // namespace slp
