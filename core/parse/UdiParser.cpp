#include "UdiParser.h"

#include "OutputNormaliser.h"
#include "ParserRun.h"
#include "sections/LicenseTextReader.h"

namespace slp {

ParseResult<UdiInfo> UdiParser::parse(QStringView text)
{
    return parse(OutputNormaliser::normalise(text));
}

ParseResult<UdiInfo> UdiParser::parse(const NormalisedOutput &normalised)
{
    return runParser<UdiInfo>(
        normalised, ShowCommand::Udi, [](const NormalisedOutput &output, ParseContext &context, UdiInfo &data) {
            LicenseAll all;
            LicenseTextReader::readInto(output, context, ShowCommand::Udi, {Section::ProductInformation},
                                        Section::ProductInformation, {}, all);
            if (!all.product.udi && all.product.haUdis.isEmpty()) {
                context.addIssue(0,
                                 QStringLiteral("not the output of `show license udi`: no `UDI: PID:...,SN:...` "
                                                "line was found"));
                return false;
            }
            data = std::move(all.product);
            return true;
        });
}

} // namespace slp
