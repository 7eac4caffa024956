#include "OutputNormaliser.h"

#include "TextMatch.h"

#include <array>

namespace slp {

namespace {

bool needsCleaning(QStringView text)
{
    // This scan touches every character: one well-predicted test per character.
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f) [[unlikely]] {
            if (u != u'\n' && u != u'\r' && u != u'\t')
                return true;
        }
    }
    return false;
}

// Applies what a terminal would: a backspace erases the character before it (pagers erase
// `--More--` that way), ANSI escape sequences and other control characters vanish.
QString cleanControlCharacters(QStringView text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u == 0x08) {
            if (!cleaned.isEmpty() && cleaned.back() != u'\n')
                cleaned.chop(1);
        } else if (u == 0x1b) {
            // CSI: ESC [ parameters final-byte(0x40-0x7e); other escapes: ESC + one character.
            if (i + 1 < text.size() && text[i + 1] == u'[') {
                i += 2;
                while (i < text.size() && !(text[i].unicode() >= 0x40 && text[i].unicode() <= 0x7e))
                    ++i;
            } else {
                ++i;
            }
        } else if ((u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t') || u == 0x7f) {
            continue;
        } else {
            cleaned.append(QChar(u));
        }
    }
    return cleaned;
}

int indentOf(QStringView segment)
{
    int indent = 0;
    // Any blank counts: text pasted from documents indents with no-break spaces.
    for (const QChar c : segment) {
        if (c == u'\t')
            indent += 8 - indent % 8;
        else if (c.isSpace())
            ++indent;
        else
            break;
    }
    return indent;
}

bool isNoiseLine(QStringView line)
{
    for (const QChar c : line) {
        if (c != u'.' && c != u'!' && c != u' ')
            return false;
    }
    return true;
}

bool isPromptCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'/' || c == u':' || c == u'_' || c == u'-' || c == u'.' || c == u'('
        || c == u')' || c == u'@' || c == u'~';
}

// Lines some routers print before the output (`terminal exec prompt timestamp`, CPU/NTP banners).
bool isBannerLine(QStringView line)
{
    return text::startsWith(line, QLatin1String("Load for ")) || text::startsWith(line, QLatin1String("Time source is"))
        || text::startsWith(line, QLatin1String("No time source")) || text::startsWith(line, QLatin1String("CPU load"));
}

QStringView withoutPager(QStringView line)
{
    // Looks for the dashes first: a substring search on every line costs more than the rest of
    // normalisation together.
    static constexpr QStringView pager(u"--More--");
    qsizetype at = line.indexOf(u'-');
    while (at >= 0 && line.mid(at, pager.size()) != pager)
        at = line.indexOf(u'-', at + 1);
    if (at < 0)
        return line;
    const QStringView after = line.mid(at + pager.size()).trimmed();
    return after.isEmpty() ? line.left(at).trimmed() : after;
}

class Normaliser
{
public:
    Normaliser(NormalisedOutput &output, bool paged)
        : m_output(output)
        , m_paged(paged)
    { }

    void addSegment(QStringView segment, int number)
    {
        if (m_followingStarted) {
            const QStringView kept = segment.trimmed();
            if (!kept.isEmpty())
                m_output.followingLines.append({number, kept.toString()});
            return;
        }
        const QStringView line = m_paged ? withoutPager(segment.trimmed()) : segment.trimmed();
        if (line.isEmpty() || isNoiseLine(line))
            return;
        const int indent = indentOf(segment);
        QStringView command;
        // Any indentation: captures pasted from documents are often indented as a whole.
        if (OutputNormaliser::isPromptLine(line, &command)) {
            addPrompt(command.toString(), number);
            return;
        }
        if (m_output.lines.empty() && (OutputNormaliser::isTimestampLine(line) || isBannerLine(line)))
            return;
        m_output.lines.push_back({number, indent, line});
    }

private:
    void addPrompt(const QString &command, int number)
    {
        if (m_output.lines.empty()) {
            // Before any output: the echo of the command whose output follows (the latest wins).
            if (!command.isEmpty()) {
                m_output.echoedCommand = command;
                m_output.echoLine = number;
            }
            return;
        }
        // After the output: a trailing prompt; anything after it belongs to another command.
        m_followingStarted = true;
        m_output.followingCommand = command;
        m_output.followingLine = number;
    }

    NormalisedOutput &m_output;
    bool m_paged = false; // the text holds `--More--` somewhere: only then is each line searched for it
    bool m_followingStarted = false;
};

} // namespace

bool OutputNormaliser::isPromptLine(QStringView line, QStringView *command)
{
    qsizetype end = 0;
    while (end < line.size() && isPromptCharacter(line[end]))
        ++end;
    if (end == 0 || end >= line.size() || (line[end] != u'#' && line[end] != u'>'))
        return false;
    if (!line[0].isLetterOrNumber())
        return false;
    const QStringView typed = line.mid(end + 1).trimmed();
    if (!typed.isEmpty() && !typed[0].isLetter())
        return false;
    if (command)
        *command = typed;
    return true;
}

bool OutputNormaliser::isTimestampLine(QStringView line)
{
    static constexpr std::array<QLatin1String, 7> weekdays {
        QLatin1String("Mon"), QLatin1String("Tue"), QLatin1String("Wed"), QLatin1String("Thu"),
        QLatin1String("Fri"), QLatin1String("Sat"), QLatin1String("Sun"),
    };
    const QList<QStringView> words = line.split(u' ', Qt::SkipEmptyParts);
    if (words.size() != 5)
        return false;
    bool weekday = false;
    for (const QLatin1String day : weekdays)
        weekday = weekday || text::equals(words[0], day);
    const QStringView time = words[3];
    return weekday && words[1].size() == 3 && words[2].size() <= 2 && words[2][0].isDigit() && time.size() >= 8
        && time[2] == u':' && time[5] == u':' && words[4][0].isLetter();
}

NormalisedOutput OutputNormaliser::normalise(QStringView text)
{
    NormalisedOutput output;
    output.storage = needsCleaning(text) ? cleanControlCharacters(text) : text.toString();
    const QStringView all(output.storage);
    output.lines.reserve(static_cast<size_t>(all.size() / 32 + 1));
    Normaliser normaliser(output, all.contains(u"--More--"));
    int number = 0;
    qsizetype start = 0;
    while (start <= all.size()) {
        qsizetype end = all.indexOf(u'\n', start);
        if (end < 0)
            end = all.size();
        ++number;
        QStringView raw = all.mid(start, end - start);
        if (raw.endsWith(u'\r'))
            raw.chop(1);
        // A lone CR (pager redraws) separates segments of the same line number.
        qsizetype segmentStart = 0;
        while (true) {
            const qsizetype cr = raw.indexOf(u'\r', segmentStart);
            if (cr < 0) {
                normaliser.addSegment(raw.mid(segmentStart), number);
                break;
            }
            normaliser.addSegment(raw.mid(segmentStart, cr - segmentStart), number);
            segmentStart = cr + 1;
        }
        start = end + 1;
    }
    return output;
}

} // namespace slp
