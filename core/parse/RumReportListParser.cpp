#include "RumReportListParser.h"

#include "OutputNormaliser.h"
#include "ParserRun.h"
#include "TextMatch.h"

#include <QVarLengthArray>

namespace slp {

namespace {

bool isTableHeader(QStringView line)
{
    return line.contains(QLatin1String("Report Id"), Qt::CaseInsensitive)
        && line.contains(QLatin1String("State"), Qt::CaseInsensitive);
}

bool readRow(const OutputLine &line, ParseContext &context, QList<RumReportRow> &rows)
{
    // Cells: split on `|` when the table has them, else the first three words and the rest.
    QVarLengthArray<QStringView, 4> cells;
    if (line.text.contains(u'|')) {
        for (const QStringView cell : line.text.tokenize(u'|'))
            cells.append(cell.trimmed());
    } else {
        QStringView rest = line.text;
        while (cells.size() < 3 && !rest.isEmpty()) {
            const qsizetype blank = rest.indexOf(u' ');
            cells.append(blank < 0 ? rest : rest.left(blank));
            rest = blank < 0 ? QStringView() : rest.mid(blank).trimmed();
        }
        if (!rest.isEmpty())
            cells.append(rest);
    }
    if (cells.size() < 3 || cells[0].isEmpty() || !cells[0][0].isDigit())
        return false;
    const std::optional<qint64> id = context.bigInteger(line, cells[0], u"Report Id");
    if (!id)
        return true; // noted by bigInteger
    RumReportRow row;
    row.id = *id;
    row.state = cells[1].toString();
    if (cells.size() == 3) {
        row.featureName = cells[2].toString(); // no flag column
    } else {
        row.flag = cells[2].toString();
        row.featureName = cells[3].toString();
    }
    rows.append(row);
    return true;
}

} // namespace

ParseResult<QList<RumReportRow>> RumReportListParser::parse(QStringView text)
{
    return parse(OutputNormaliser::normalise(text));
}

ParseResult<QList<RumReportRow>> RumReportListParser::parse(const NormalisedOutput &normalised)
{
    return runParser<QList<RumReportRow>>(
        normalised, ShowCommand::RumIdAll,
        [](const NormalisedOutput &output, ParseContext &context, QList<RumReportRow> &rows) {
            bool header = false;
            for (const OutputLine &line : output.lines) {
                if (text::isRule(line.text, u'-') || text::isRule(line.text, u'='))
                    continue;
                if (text::startsWith(line.text, QLatin1String("Smart Licensing Usage Report")))
                    continue; // title
                if (isTableHeader(line.text)) {
                    header = true;
                    continue;
                }
                if (!readRow(line, context, rows))
                    context.keepUnparsed(line);
            }
            if (!header && rows.isEmpty()) {
                context.addIssue(0,
                                 QStringLiteral("not the output of `show license rum id all`: no Report Id / "
                                                "State / Flag / Feature Name table was found"));
                return false;
            }
            return true;
        });
}

} // namespace slp
