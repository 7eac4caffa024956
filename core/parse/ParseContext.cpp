#include "ParseContext.h"

#include "RouterDateTime.h"
#include "TextMatch.h"

#include <limits>

namespace slp {

namespace {

QString quoted(QStringView text)
{
    return QLatin1Char('\'') + text.toString() + QLatin1Char('\'');
}

} // namespace

void ParseContext::addIssue(int line, const QString &message)
{
    m_issues.append({line, message});
}

void ParseContext::keepUnparsed(const OutputLine &line, const QString &why)
{
    m_unparsed.append({line.number, line.text.toString()});
    addIssue(line.number,
             why.isEmpty() ? QLatin1String("line not understood, kept unparsed: ") + quoted(line.text) : why);
}

void ParseContext::keepQuietly(const OutputLine &line)
{
    m_unparsed.append({line.number, line.text.toString()});
}

std::optional<QDateTime> ParseContext::date(const OutputLine &line, QStringView value, QStringView field)
{
    RouterDateTime::Reading reading = RouterDateTime::read(value);
    if (!reading.error.isEmpty())
        addIssue(line.number, QLatin1String("cannot read ") + field.toString() + QLatin1String(": ") + reading.error);
    return reading.value;
}

std::optional<qint64> ParseContext::bigInteger(const OutputLine &line, QStringView value, QStringView field)
{
    value = value.trimmed();
    if (text::isNoValue(value))
        return std::nullopt;
    qint64 result = 0;
    qsizetype digits = 0;
    bool negative = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (i == 0 && c == u'-') {
            negative = true;
        } else if (c.isDigit() && digits < 18) {
            result = result * 10 + c.digitValue();
            ++digits;
        } else if (c == u',' && digits > 0) {
            continue; // thousands separator
        } else {
            digits = 0;
            break;
        }
    }
    if (digits == 0) {
        addIssue(line.number,
                 QLatin1String("cannot read ") + field.toString() + QLatin1String(": ") + quoted(value)
                     + QLatin1String(" is not a whole number"));
        return std::nullopt;
    }
    return negative ? -result : result;
}

std::optional<int> ParseContext::integer(const OutputLine &line, QStringView value, QStringView field)
{
    const std::optional<qint64> wide = bigInteger(line, value, field);
    if (!wide)
        return std::nullopt;
    if (*wide > std::numeric_limits<int>::max() || *wide < std::numeric_limits<int>::min()) {
        addIssue(line.number,
                 QLatin1String("cannot read ") + field.toString() + QLatin1String(": ") + quoted(value)
                     + QLatin1String(" is out of range"));
        return std::nullopt;
    }
    return static_cast<int>(*wide);
}

std::optional<bool> ParseContext::flag(const OutputLine &line, QStringView value, QStringView field)
{
    value = value.trimmed();
    if (text::isNoValue(value))
        return std::nullopt;
    for (const QLatin1String yes : {QLatin1String("yes"), QLatin1String("enabled"), QLatin1String("true"),
                                    QLatin1String("allowed"), QLatin1String("on")}) {
        if (text::equals(value, yes))
            return true;
    }
    for (const QLatin1String no : {QLatin1String("no"), QLatin1String("disabled"), QLatin1String("false"),
                                   QLatin1String("not allowed"), QLatin1String("off")}) {
        if (text::equals(value, no))
            return false;
    }
    addIssue(line.number,
             QLatin1String("cannot read ") + field.toString() + QLatin1String(": ") + quoted(value)
                 + QLatin1String(" is neither yes/enabled nor no/disabled"));
    return std::nullopt;
}

StampedState ParseContext::stamped(const OutputLine &line, QStringView value, QStringView field)
{
    StampedState state;
    value = value.trimmed();
    const qsizetype on = value.indexOf(QLatin1String(" on "), 0, Qt::CaseInsensitive);
    if (on < 0) {
        state.state = text(value);
        return state;
    }
    state.state = value.left(on).trimmed().toString();
    state.at = date(line, value.mid(on + 4), field);
    return state;
}

QString ParseContext::text(QStringView value)
{
    return text::isNoValue(value) ? QString() : value.toString();
}

void ParseContext::noteFollowingOutput(const NormalisedOutput &output)
{
    if (output.followingLine == 0 || output.followingLines.isEmpty())
        return;
    const QString what = output.followingCommand.isEmpty()
        ? QStringLiteral("text after the prompt")
        : QLatin1String("the output of `") + output.followingCommand + QLatin1Char('`');
    addIssue(output.followingLine,
             what + QLatin1String(" follows (") + QString::number(output.followingLines.size())
                 + QLatin1String(" lines); it is not part of this command's output and was not read"));
    m_unparsed.append(output.followingLines);
}

} // namespace slp
