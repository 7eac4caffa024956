#include "AllParser.h"

#include "ClassicIosLicensing.h"
#include "OutputNormaliser.h"
#include "ParserRun.h"
#include "sections/LicenseTextReader.h"

namespace slp {

ParseResult<LicenseAll> AllParser::parse(QStringView text)
{
    return parse(OutputNormaliser::normalise(text));
}

ParseResult<LicenseAll> AllParser::parse(const NormalisedOutput &normalised)
{
    return runParser<LicenseAll>(
        normalised, ShowCommand::All, [](const NormalisedOutput &output, ParseContext &context, LicenseAll &data) {
            if (const int line = classicIosLicensingLine(output)) {
                context.addIssue(line,
                                 QStringLiteral("this is classic IOS licensing output, not Smart Licensing: "
                                                "not read"));
                return false;
            }
            const SectionSet markers {Section::SmartLicensingStatus,  Section::PolicyStatus,
                                      Section::DataPrivacy,           Section::Transport,
                                      Section::Registration,          Section::Policy,
                                      Section::UsageReporting,        Section::TrustCode,
                                      Section::ProductInformation,    Section::AgentVersion,
                                      Section::LicenseAuthorizations, Section::UsageReportSummary};
            if (!LicenseTextReader::readInto(output, context, ShowCommand::All, LicenseTextReader::allSections(),
                                             Section::None, markers, data)) {
                context.addIssue(0,
                                 QStringLiteral("not the output of `show license all`: none of its sections "
                                                "(Transport, Policy, Product Information, Usage Report Summary, "
                                                "...) was found"));
                return false;
            }
            return true;
        });
}

} // namespace slp
