#include "UsageParser.h"

#include "OutputNormaliser.h"
#include "ParserRun.h"
#include "sections/LicenseTextReader.h"

namespace slp {

ParseResult<LicenseUsageList> UsageParser::parse(QStringView text)
{
    return parse(OutputNormaliser::normalise(text));
}

ParseResult<LicenseUsageList> UsageParser::parse(const NormalisedOutput &normalised)
{
    return runParser<LicenseUsageList>(
        normalised, ShowCommand::Usage,
        [](const NormalisedOutput &output, ParseContext &context, LicenseUsageList &data) {
            // A router that uses no license says so in one line; that is an empty list, not an error.
            if (output.lines.size() == 1 && output.lines.front().text == u"No licenses in use")
                return true;
            LicenseAll all;
            const bool authorization = LicenseTextReader::readInto(
                output, context, ShowCommand::Usage, {Section::LicenseUsage, Section::LicenseAuthorization},
                Section::LicenseUsage, {Section::LicenseAuthorization}, all);
            if (all.licenses.isEmpty() && !authorization) {
                context.addIssue(0,
                                 QStringLiteral("not the output of `show license usage`: no `NAME (TAG):` license "
                                                "block was found"));
                return false;
            }
            data.licenses = std::move(all.licenses);
            if (all.status.legacy)
                data.authorizationStatus = all.status.legacy->authorization.state;
            return true;
        });
}

} // namespace slp
