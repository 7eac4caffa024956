#include "ssh/IosXrOutput.h"

#include "ssh/IosXrPrompt.h"

#include <QRegularExpression>
#include <QStringList>

namespace slp {

namespace {

// Length of the escape sequence starting at `start` (an ESC), or 1 when it is a lone ESC.
qsizetype escapeSequenceLength(QStringView text, qsizetype start)
{
    if (start + 1 >= text.size())
        return 1;
    const QChar kind = text.at(start + 1);
    if (kind == u'[') { // CSI: parameters and intermediates, then a final byte in @..~
        for (qsizetype i = start + 2; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            if (c >= 0x40 && c <= 0x7e)
                return i - start + 1;
        }
        return text.size() - start;
    }
    if (kind == u']') { // OSC: up to BEL or ESC backslash
        for (qsizetype i = start + 2; i < text.size(); ++i) {
            if (text.at(i) == u'\a')
                return i - start + 1;
            if (text.at(i) == u'\x1b' && i + 1 < text.size() && text.at(i + 1) == u'\\')
                return i - start + 2;
        }
        return text.size() - start;
    }
    return 2; // two-character sequences such as ESC 7, ESC =
}

} // namespace

QString IosXrOutput::normalize(const QByteArray &raw)
{
    const QString decoded = QString::fromUtf8(raw);
    QString out;
    out.reserve(decoded.size());
    qsizetype lineStart = 0; // index in `out` where the current line begins
    for (qsizetype i = 0; i < decoded.size(); ++i) {
        const QChar c = decoded.at(i);
        if (c == u'\x1b') {
            i += escapeSequenceLength(decoded, i) - 1;
        } else if (c == u'\b') {
            if (out.size() > lineStart)
                out.chop(1);
        } else if (c == u'\r') {
            const bool crlf = i + 1 < decoded.size() && decoded.at(i + 1) == u'\n';
            if (!crlf)
                out.truncate(lineStart); // a lone CR returns to the line start: what follows overwrites it
        } else if (c == u'\n') {
            out.append(c);
            lineStart = out.size();
        } else if (c == u'\0' || c == u'\a') {
            continue;
        } else {
            out.append(c);
        }
    }
    return out;
}

bool IosXrOutput::isTimestampLine(QStringView line)
{
    static const QRegularExpression timestampPattern(QStringLiteral(
        R"(^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}\d{1,2} )"
        R"(\d{2}:\d{2}:\d{2}(\.\d{1,6})? [A-Za-z]{2,5}$)"));
    return timestampPattern.match(line.trimmed().toString()).hasMatch();
}

QString IosXrOutput::stripLeadingTimestamp(const QString &text)
{
    qsizetype position = 0;
    while (position < text.size()) {
        const qsizetype newline = text.indexOf(u'\n', position);
        const qsizetype end = newline < 0 ? text.size() : newline;
        const QStringView line = QStringView(text).mid(position, end - position);
        if (line.trimmed().isEmpty()) {
            position = end + 1;
            continue;
        }
        if (isTimestampLine(line))
            return text.mid(newline < 0 ? text.size() : newline + 1);
        return text.mid(position);
    }
    return {};
}

QString IosXrOutput::cleanExecOutput(const QByteArray &raw)
{
    return stripLeadingTimestamp(normalize(raw));
}

QString IosXrOutput::cleanShellOutput(const QString &normalizedTranscript, const QString &command)
{
    QString text = normalizedTranscript;
    if (!IosXrPrompt::trailingPrompt(text).isEmpty())
        text = IosXrPrompt::withoutLastLine(text);
    // The router echoes the command on the first line (possibly after the prompt it was typed at).
    const qsizetype firstNewline = text.indexOf(u'\n');
    const QStringView firstLine = QStringView(text).left(firstNewline < 0 ? text.size() : firstNewline);
    if (!command.trimmed().isEmpty() && firstLine.trimmed().endsWith(command.trimmed()))
        text = firstNewline < 0 ? QString() : text.mid(firstNewline + 1);
    // Pager markers the router did not erase (paging left on and no erase sequence) are not output.
    QStringList lines = text.split(u'\n');
    lines.removeIf([](const QString &line) { return IosXrPrompt::isMoreMarker(line); });
    return stripLeadingTimestamp(lines.join(u'\n'));
}

} // namespace slp
