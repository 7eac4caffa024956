#include "PlatformDetailParser.h"

#include "OutputNormaliser.h"
#include "ParserRun.h"
#include "TextMatch.h"
#include "sections/PlatformEntitlementReader.h"
#include "sections/PlatformHeaderReader.h"

namespace slp {

ParseResult<PlatformDetail> PlatformDetailParser::parse(QStringView text)
{
    return parse(OutputNormaliser::normalise(text));
}

ParseResult<PlatformDetail> PlatformDetailParser::parse(const NormalisedOutput &normalised)
{
    return runParser<PlatformDetail>(
        normalised, ShowCommand::PlatformDetail,
        [](const NormalisedOutput &output, ParseContext &context, PlatformDetail &data) {
            PlatformHeaderReader header(data.schedule, data.sia, data.parameters, context);
            PlatformEntitlementReader entitlements(data, context);
            for (const OutputLine &line : output.lines) {
                const KeyValueView field = splitKeyValue(line.text);
                if (header.read(line, field) || entitlements.read(line, field))
                    continue;
                context.keepUnparsed(line);
            }
            if (!header.sawSchedule() && data.entitlements.isEmpty()) {
                context.addIssue(0,
                                 QStringLiteral("not the output of `show license platform detail`: neither the "
                                                "Collection/Reporting schedule nor an Entitlement block was found"));
                return false;
            }
            return true;
        });
}

} // namespace slp
