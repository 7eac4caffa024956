#include "StatusParser.h"

#include "ClassicIosLicensing.h"
#include "OutputNormaliser.h"
#include "ParserRun.h"
#include "sections/LicenseTextReader.h"

namespace slp {

namespace {

// Sections only show license status/all print; Account Information is left out because
// show license summary prints it too.
SectionSet statusMarkers()
{
    return {Section::SmartLicensingStatus, Section::PolicyStatus, Section::DataPrivacy,    Section::Transport,
            Section::Registration,         Section::Policy,       Section::UsageReporting, Section::TrustCode};
}

} // namespace

ParseResult<LicenseStatus> StatusParser::parse(QStringView text)
{
    return parse(OutputNormaliser::normalise(text));
}

ParseResult<LicenseStatus> StatusParser::parse(const NormalisedOutput &normalised)
{
    return runParser<LicenseStatus>(
        normalised, ShowCommand::Status,
        [](const NormalisedOutput &output, ParseContext &context, LicenseStatus &data) {
            if (const int line = classicIosLicensingLine(output)) {
                context.addIssue(line,
                                 QStringLiteral("this is classic IOS licensing output (License Type Supported, "
                                                "Device Credential ...), not Smart Licensing: not read"));
                return false;
            }
            LicenseAll all;
            if (!LicenseTextReader::readInto(output, context, ShowCommand::Status, LicenseTextReader::statusSections(),
                                             Section::None, statusMarkers(), all)) {
                context.addIssue(0,
                                 QStringLiteral("not the output of `show license status`: none of its sections "
                                                "(Transport, Policy, Usage Reporting, Trust Code Installed, ...) "
                                                "was found"));
                return false;
            }
            data = std::move(all.status);
            return true;
        });
}

} // namespace slp
