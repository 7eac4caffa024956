#include "PlatformSummaryParser.h"

#include "OutputNormaliser.h"
#include "ParserRun.h"
#include "TextMatch.h"
#include "sections/PlatformHeaderReader.h"

#include <QVarLengthArray>

namespace slp {

namespace {

bool isTableHeader(QStringView line)
{
    return line.contains(QLatin1String("Feature/Area"), Qt::CaseInsensitive)
        && line.contains(QLatin1String("Entitlement"), Qt::CaseInsensitive);
}

// `Essentials   ESS_100G_RTU_1   2 |    2`: the two counts at the end, the entitlement the word
// before them, the feature/area (which may hold blanks) everything before that.
bool readRow(const OutputLine &line, ParseContext &context, PlatformSummary &summary)
{
    QVarLengthArray<QStringView, 12> words;
    for (const QStringView word : line.text.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (word != u"|")
            words.append(word);
    }
    if (words.size() < 3 || !text::isAllDigits(words[words.size() - 1]) || !text::isAllDigits(words[words.size() - 2]))
        return false;
    PlatformFeatureRow row;
    row.nextCount = context.integer(line, words[words.size() - 1], u"the next count");
    row.lastCount = context.integer(line, words[words.size() - 2], u"the last count");
    const QStringView entitlement = words[words.size() - 3];
    row.entitlement = entitlement.toString();
    row.featureArea = line.text.left(entitlement.data() - line.text.data()).trimmed().toString();
    summary.features.append(row);
    return true;
}

} // namespace

ParseResult<PlatformSummary> PlatformSummaryParser::parse(QStringView text)
{
    return parse(OutputNormaliser::normalise(text));
}

ParseResult<PlatformSummary> PlatformSummaryParser::parse(const NormalisedOutput &normalised)
{
    return runParser<PlatformSummary>(
        normalised, ShowCommand::PlatformSummary,
        [](const NormalisedOutput &output, ParseContext &context, PlatformSummary &data) {
            PlatformHeaderReader header(data.schedule, data.sia, data.parameters, context);
            bool table = false;
            for (const OutputLine &line : output.lines) {
                if (table && text::isRule(line.text, u'='))
                    continue;
                if (isTableHeader(line.text)) {
                    table = true;
                    continue;
                }
                if (text::equals(line.text, QLatin1String("Count")))
                    continue; // first line of the two-line table header
                const KeyValueView field = splitKeyValue(line.text);
                if (header.read(line, field))
                    continue;
                if (table && readRow(line, context, data))
                    continue;
                context.keepUnparsed(line);
            }
            if (!table && !header.sawSchedule()) {
                context.addIssue(0,
                                 QStringLiteral("not the output of `show license platform summary`: neither the "
                                                "Collection/Reporting schedule nor the Feature/Area table was "
                                                "found"));
                return false;
            }
            return true;
        });
}

} // namespace slp
