#include "CommandDetector.h"

#include "ClassicIosLicensing.h"
#include "KeyValueSplit.h"
#include "OutputNormaliser.h"
#include "TextMatch.h"
#include "sections/SectionHeaders.h"

namespace slp {

namespace {

// What the text holds, gathered in one pass.
struct Clues
{
    bool statusSection = false; // Transport, Policy, Usage Reporting, Trust Code, ...
    bool allSection = false; // Product Information, Agent Version, License Authorizations, Usage Report Summary
    bool accountSection = false;
    bool licenseBlock = false; // `NAME (TAG):`
    bool summaryTable = false;
    bool udi = false;
    bool reservation = false;
    bool platformSchedule = false;
    bool platformTable = false;
    bool platformBlock = false; // `Feature/Area:` / `Entitlement:` keys
    bool rumTable = false;
    bool rumDetail = false;
};

void noteSection(Section section, Clues &clues)
{
    switch (section) {
    case Section::SmartLicensingStatus:
    case Section::PolicyStatus:
    case Section::DataPrivacy:
    case Section::Transport:
    case Section::Registration:
    case Section::Policy:
    case Section::UsageReporting:
    case Section::TrustCode:
        clues.statusSection = true;
        break;
    case Section::ProductInformation:
    case Section::AgentVersion:
    case Section::LicenseAuthorizations:
    case Section::UsageReportSummary:
        clues.allSection = true;
        break;
    case Section::AccountInformation:
        clues.accountSection = true;
        break;
    default:
        break;
    }
}

Clues gatherClues(const NormalisedOutput &output)
{
    Clues clues;
    for (const OutputLine &line : output.lines) {
        const KeyValueView field = splitKeyValue(line.text);
        noteSection(sectionOfHeader(field), clues);
        const QStringView key = field.key;
        if (field.hasColon && field.value.isEmpty() && key.endsWith(u')') && key.indexOf(u'(') > 0)
            clues.licenseBlock = true;
        if (!field.hasColon && text::startsWith(key, QLatin1String("License"))
            && key.contains(QLatin1String("Count"), Qt::CaseInsensitive)
            && key.contains(QLatin1String("Status"), Qt::CaseInsensitive))
            clues.summaryTable = true;
        if (field.hasColon
            && (text::equals(key, QLatin1String("UDI")) || text::equals(key, QLatin1String("HA UDI List"))))
            clues.udi = true;
        if (field.hasColon && text::equals(key, QLatin1String("License reservation")))
            clues.reservation = true;
        if (field.hasColon
            && (text::equals(key, QLatin1String("Collection")) || text::equals(key, QLatin1String("Reporting")))
            && text::startsWith(field.value, QLatin1String("LAST")))
            clues.platformSchedule = true;
        if (!field.hasColon && key.contains(QLatin1String("Feature/Area"), Qt::CaseInsensitive))
            clues.platformTable = true;
        if (field.hasColon && text::equals(key, QLatin1String("Feature/Area")))
            clues.platformBlock = true;
        if (field.hasColon && text::equals(key, QLatin1String("Report Id")))
            clues.rumDetail = true;
        if (!field.hasColon && key.contains(QLatin1String("Report Id"), Qt::CaseInsensitive)
            && key.contains(QLatin1String("State"), Qt::CaseInsensitive))
            clues.rumTable = true;
    }
    return clues;
}

CommandDetector::Detection detected(ShowCommand command, QLatin1String reason)
{
    return {command, false, reason};
}

CommandDetector::Detection fromContent(const Clues &clues)
{
    if (clues.reservation)
        return detected(ShowCommand::Reservation, QLatin1String("a `License reservation:` line"));
    if (clues.platformBlock)
        return detected(ShowCommand::PlatformDetail, QLatin1String("`Feature/Area:` entitlement blocks"));
    if (clues.platformSchedule || clues.platformTable)
        return detected(ShowCommand::PlatformSummary, QLatin1String("the Collection/Reporting LAST/NEXT schedule"));
    if (clues.rumDetail)
        return detected(ShowCommand::RumIdDetail, QLatin1String("`Report Id:` detail lines"));
    if (clues.rumTable)
        return detected(ShowCommand::RumIdAll, QLatin1String("a Report Id / State table"));
    if (clues.statusSection && (clues.allSection || clues.licenseBlock))
        return detected(ShowCommand::All,
                        QLatin1String("status sections together with license usage or product "
                                      "information"));
    if (clues.statusSection)
        return detected(ShowCommand::Status, QLatin1String("status sections (Transport, Policy, Usage Reporting...)"));
    if (clues.summaryTable)
        return detected(ShowCommand::Summary, QLatin1String("a License / Entitlement Tag / Count / Status table"));
    if (clues.licenseBlock)
        return detected(ShowCommand::Usage, QLatin1String("`NAME (TAG):` license blocks"));
    if (clues.udi)
        return detected(ShowCommand::Udi, QLatin1String("a `UDI:` line"));
    if (clues.accountSection)
        return detected(ShowCommand::Summary, QLatin1String("account information only"));
    return detected(ShowCommand::Unknown, QLatin1String("no section or table of a `show license` command"));
}

} // namespace

CommandDetector::Detection CommandDetector::detect(QStringView text)
{
    return detect(OutputNormaliser::normalise(text));
}

CommandDetector::Detection CommandDetector::detect(const NormalisedOutput &output)
{
    if (classicIosLicensingLine(output) != 0)
        return {ShowCommand::Status, true, QStringLiteral("classic IOS licensing output (License Type Supported...)")};
    const Clues clues = gatherClues(output);
    const Detection content = fromContent(clues);
    const std::optional<ShowCommand> echoed = showCommandFromText(output.echoedCommand);
    if (!echoed)
        return content;
    if (*echoed == ShowCommand::Status && content.command == ShowCommand::All)
        return {ShowCommand::All, false,
                QStringLiteral("echoed as `show license status`, but it holds show license all sections")};
    return {*echoed, false, QLatin1String("the command echo `") + output.echoedCommand + QLatin1Char('`')};
}

} // namespace slp
