#pragma once

#include "KeyValueSplit.h"
#include "NormalisedOutput.h"
#include "ParseIssue.h"
#include "ParseResult.h"
#include "UnparsedLine.h"
#include "model/StampedState.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace slp {

// What one parse run collects besides the data: issues and unparsed lines, plus the typed value
// readers that report a bad value with its line instead of failing.
class ParseContext
{
public:
    void addIssue(int line, const QString &message);
    // A line no field took: kept, and noted (with `why`, or a default sentence).
    void keepUnparsed(const OutputLine &line, const QString &why = {});
    // Kept without a note of its own (the lines of a section already noted once).
    void keepQuietly(const OutputLine &line);

    // A date; `<none>` gives nullopt silently, anything unreadable nullopt and an issue.
    std::optional<QDateTime> date(const OutputLine &line, QStringView value, QStringView field);
    // A whole number (`14`, `1,024`); nullopt and an issue when it is not one (silent for `<none>`).
    std::optional<int> integer(const OutputLine &line, QStringView value, QStringView field);
    std::optional<qint64> bigInteger(const OutputLine &line, QStringView value, QStringView field);
    // yes/no, ENABLED/DISABLED, True/False, ALLOWED/NOT ALLOWED.
    std::optional<bool> flag(const OutputLine &line, QStringView value, QStringView field);
    // `AUTHORIZED on <date>`, `NOT INSTALLED`, `None`.
    StampedState stamped(const OutputLine &line, QStringView value, QStringView field);

    // The router's text, or an empty string for `<none>`/`<empty>`.
    static QString text(QStringView value);

    const QList<ParseIssue> &issues() const { return m_issues; }

    // Hands the collected issues and unparsed lines to `result`, and notes what the normaliser
    // set aside (another command's output after a prompt).
    template<typename T> void finish(ParseResult<T> &result, const NormalisedOutput &output)
    {
        noteFollowingOutput(output);
        result.issues = std::move(m_issues);
        result.unparsed = std::move(m_unparsed);
    }

private:
    void noteFollowingOutput(const NormalisedOutput &output);

    QList<ParseIssue> m_issues;
    QList<UnparsedLine> m_unparsed;
};

} // namespace slp
