#include "ReservationParser.h"

#include "OutputNormaliser.h"
#include "ParserRun.h"
#include "TextMatch.h"
#include "sections/SpecifiedReservationReader.h"
#include "sections/UdiAuthorizationReader.h"

namespace slp {

ParseResult<Reservation> ReservationParser::parse(QStringView text)
{
    return parse(OutputNormaliser::normalise(text));
}

ParseResult<Reservation> ReservationParser::parse(const NormalisedOutput &normalised)
{
    return runParser<Reservation>(
        normalised, ShowCommand::Reservation,
        [](const NormalisedOutput &output, ParseContext &context, Reservation &data) {
            UdiAuthorizationReader perUdi(data.perUdi, context);
            SpecifiedReservationReader specified(data.specified, context);
            bool inSpecified = false;
            bool seen = false;
            for (const OutputLine &line : output.lines) {
                const KeyValueView field = splitKeyValue(line.text);
                if (text::equals(field.key, QLatin1String("License reservation")) && field.hasColon) {
                    data.enabled = context.flag(line, field.value, field.key);
                    seen = true;
                    continue;
                }
                if (text::equals(field.key, QLatin1String("Specified license reservations")) && field.hasColon) {
                    inSpecified = true;
                    continue;
                }
                if (text::equals(field.key, QLatin1String("Overall status")) && field.hasColon) {
                    inSpecified = false;
                    continue;
                }
                const bool read = inSpecified ? specified.read(line, field) : perUdi.read(line, field);
                if (!read)
                    context.keepUnparsed(line);
            }
            if (!seen) {
                context.addIssue(0,
                                 QStringLiteral("not the output of `show license reservation`: no "
                                                "`License reservation:` line was found"));
                return false;
            }
            return true;
        });
}

} // namespace slp
