#include "SummaryParser.h"

#include "OutputNormaliser.h"
#include "ParserRun.h"
#include "TextMatch.h"
#include "sections/AccountReader.h"
#include "sections/SectionHeaders.h"

#include <QVarLengthArray>

namespace slp {

namespace {

bool isTableHeader(QStringView line)
{
    return text::startsWith(line, QLatin1String("License"))
        && line.contains(QLatin1String("Count"), Qt::CaseInsensitive)
        && line.contains(QLatin1String("Status"), Qt::CaseInsensitive);
}

// Cuts the `...` IOS XE puts on names and tags that do not fit their column.
QString untruncated(QStringView text, bool &truncated)
{
    truncated = text.endsWith(QLatin1String("..."));
    return (truncated ? text.chopped(3).trimmed() : text).toString();
}

// Pieces of a row separated by runs of two or more blanks.
QVarLengthArray<QStringView, 6> columns(QStringView line)
{
    QVarLengthArray<QStringView, 6> pieces;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        const bool gap = i + 1 < line.size() && line[i] == u' ' && line[i + 1] == u' ';
        if (i == line.size() || gap) {
            const QStringView piece = line.mid(start, i - start).trimmed();
            if (!piece.isEmpty())
                pieces.append(piece);
            while (i < line.size() && line[i] == u' ')
                ++i;
            start = i;
        }
    }
    return pieces;
}

bool readRow(const OutputLine &line, ParseContext &context, LicenseSummary &summary)
{
    const QStringView row = line.text;
    QStringView name, tag, rest;
    const qsizetype close = row.lastIndexOf(u')');
    const qsizetype open = close > 0 ? row.lastIndexOf(u'(', close) : -1;
    if (open > 0) {
        name = row.left(open).trimmed();
        tag = row.mid(open + 1, close - open - 1).trimmed();
        rest = row.mid(close + 1).trimmed();
    } else {
        const auto pieces = columns(row);
        if (pieces.size() < 3)
            return false;
        name = pieces[0];
        tag = pieces.size() >= 4 ? pieces[1] : QStringView();
        rest = row.mid(pieces[pieces.size() >= 4 ? 2 : 1].data() - row.data());
    }
    qsizetype digits = 0;
    while (digits < rest.size() && rest[digits].isDigit())
        ++digits;
    if (name.isEmpty() || digits == 0)
        return false;
    LicenseSummaryRow entry;
    entry.name = untruncated(name, entry.nameTruncated);
    entry.entitlementTag = untruncated(tag, entry.tagTruncated);
    entry.count = context.integer(line, rest.left(digits), u"Count");
    entry.status = rest.mid(digits).trimmed().toString();
    summary.rows.append(entry);
    return true;
}

} // namespace

ParseResult<LicenseSummary> SummaryParser::parse(QStringView text)
{
    return parse(OutputNormaliser::normalise(text));
}

ParseResult<LicenseSummary> SummaryParser::parse(const NormalisedOutput &normalised)
{
    return runParser<LicenseSummary>(
        normalised, ShowCommand::Summary,
        [](const NormalisedOutput &output, ParseContext &context, LicenseSummary &data) {
            AccountReader account(data.account, context);
            Section section = Section::None;
            bool tableHeader = false;
            for (const OutputLine &line : output.lines) {
                if (text::isRule(line.text, u'-') || text::isRule(line.text, u'='))
                    continue;
                const KeyValueView field = splitKeyValue(line.text);
                const Section header = sectionOfHeader(field);
                if (header == Section::AccountInformation || header == Section::LicenseUsage) {
                    section = header;
                    continue;
                }
                if (section == Section::AccountInformation && account.read(line, field))
                    continue;
                if (isTableHeader(line.text)) {
                    tableHeader = true;
                    section = Section::LicenseUsage;
                    continue;
                }
                if (section == Section::LicenseUsage && readRow(line, context, data))
                    continue;
                context.keepUnparsed(line);
            }
            if (!tableHeader && data.rows.isEmpty()) {
                context.addIssue(0,
                                 QStringLiteral("not the output of `show license summary`: no License / "
                                                "Entitlement Tag / Count / Status table was found"));
                return false;
            }
            return true;
        });
}

} // namespace slp
