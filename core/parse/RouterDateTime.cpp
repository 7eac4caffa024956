#include "RouterDateTime.h"

#include "TextMatch.h"
#include "TimeZoneOffsets.h"

#include <QVarLengthArray>

#include <array>

namespace slp {

namespace {

constexpr std::array<QLatin1String, 12> months {
    QLatin1String("Jan"), QLatin1String("Feb"), QLatin1String("Mar"), QLatin1String("Apr"),
    QLatin1String("May"), QLatin1String("Jun"), QLatin1String("Jul"), QLatin1String("Aug"),
    QLatin1String("Sep"), QLatin1String("Oct"), QLatin1String("Nov"), QLatin1String("Dec"),
};

constexpr std::array<QLatin1String, 7> weekdays {
    QLatin1String("Mon"), QLatin1String("Tue"), QLatin1String("Wed"), QLatin1String("Thu"),
    QLatin1String("Fri"), QLatin1String("Sat"), QLatin1String("Sun"),
};

// 1..12, or 0 when `word` is not a month (its first three letters, any case: Mar, MAR, March, Sept).
int monthNumber(QStringView word)
{
    if (word.size() < 3 || word.size() > 9)
        return 0;
    for (const QChar c : word) {
        if (!c.isLetter())
            return 0;
    }
    for (size_t i = 0; i < months.size(); ++i) {
        if (text::startsWith(word, months[i]))
            return static_cast<int>(i) + 1;
    }
    return 0;
}

bool isWeekday(QStringView word)
{
    if (word.size() < 3)
        return false;
    for (const QLatin1String day : weekdays) {
        if (text::startsWith(word, day))
            return true;
    }
    return false;
}

bool isTimeWord(QStringView word)
{
    return word.size() >= 8 && word[2] == u':' && word[5] == u':';
}

std::optional<int> number(QStringView word, int minimum, int maximum)
{
    if (word.isEmpty() || word.size() > 4)
        return std::nullopt;
    int value = 0;
    for (const QChar c : word) {
        if (!c.isDigit())
            return std::nullopt;
        value = value * 10 + c.digitValue();
    }
    if (value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

// `HH:MM:SS` with an optional fraction (`.589`).
std::optional<QTime> timeOfDay(QStringView word)
{
    if (!isTimeWord(word))
        return std::nullopt;
    const std::optional<int> h = number(word.mid(0, 2), 0, 23);
    const std::optional<int> m = number(word.mid(3, 2), 0, 59);
    const std::optional<int> s = number(word.mid(6, 2), 0, 60);
    if (!h || !m || !s)
        return std::nullopt;
    int milliseconds = 0;
    if (word.size() > 8) {
        if (word[8] != u'.' || word.size() == 9)
            return std::nullopt;
        const QStringView fraction = word.mid(9, 3);
        for (const QChar c : word.mid(9)) {
            if (!c.isDigit())
                return std::nullopt;
        }
        milliseconds = fraction.toInt();
        for (qsizetype i = fraction.size(); i < 3; ++i)
            milliseconds *= 10;
    }
    return QTime(*h, *m, *s == 60 ? 59 : *s, milliseconds);
}

RouterDateTime::Reading failure(QStringView text, QLatin1String why)
{
    RouterDateTime::Reading reading;
    reading.error = QLatin1Char('\'') + text.toString() + QLatin1String("' is not a date (") + why
        + QLatin1String("; expected e.g. 'Mar 19 2024 14:20:59 UTC')");
    return reading;
}

} // namespace

RouterDateTime::Reading RouterDateTime::read(QStringView text)
{
    text = text.trimmed();
    Reading reading;
    if (text::isNoValue(text) || text::equals(text, QLatin1String("never"))) {
        reading.noValue = true;
        return reading;
    }
    QVarLengthArray<QStringView, 8> words;
    for (const QStringView word : text.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (words.size() == 8)
            return failure(text, QLatin1String("too many words"));
        words.append(word);
    }
    if (words.isEmpty())
        return failure(text, QLatin1String("empty"));
    // `*` (clock not synchronised) and `.` (synchronised once) prefix the first word on IOS.
    if (words[0].startsWith(u'*') || words[0].startsWith(u'.'))
        words[0] = words[0].mid(1);

    qsizetype at = 0;
    QStringView monthWord, dayWord, yearWord, timeWord, zoneWord;
    if (at < words.size() && isTimeWord(words[at])) {
        // 16:48:28.589 UTC Tue Mar 19 2024
        timeWord = words[at++];
        if (at < words.size() && monthNumber(words[at]) == 0 && !isWeekday(words[at]))
            zoneWord = words[at++];
        if (at < words.size() && isWeekday(words[at]) && monthNumber(words[at]) == 0)
            ++at;
        if (words.size() - at != 3)
            return failure(text, QLatin1String("month, day and year expected after the time"));
        monthWord = words[at];
        dayWord = words[at + 1];
        yearWord = words[at + 2];
        at += 3;
    } else {
        if (isWeekday(words[at]) && monthNumber(words[at]) == 0)
            ++at;
        if (words.size() - at < 4)
            return failure(text, QLatin1String("too short"));
        monthWord = words[at];
        dayWord = words[at + 1];
        if (isTimeWord(words[at + 2])) {
            timeWord = words[at + 2]; // Jan 10 20:56:02 2024 UTC
            yearWord = words[at + 3];
        } else {
            yearWord = words[at + 2]; // Mar 19 2024 14:20:59 UTC
            timeWord = words[at + 3];
        }
        at += 4;
        if (at < words.size())
            zoneWord = words[at++];
    }
    if (at != words.size())
        return failure(text, QLatin1String("unexpected words after the date"));

    const int month = monthNumber(monthWord);
    const std::optional<int> day = number(dayWord, 1, 31);
    const std::optional<int> year = number(yearWord, 1970, 2999);
    const std::optional<QTime> time = timeOfDay(timeWord);
    if (month == 0)
        return failure(text, QLatin1String("unknown month"));
    if (!day || !year)
        return failure(text, QLatin1String("day or year out of range"));
    if (!time)
        return failure(text, QLatin1String("time is not HH:MM:SS"));
    const QDate date(*year, month, *day);
    if (!date.isValid())
        return failure(text, QLatin1String("no such day"));
    if (zoneWord.isEmpty())
        return failure(text, QLatin1String("no time zone"));
    const std::optional<int> offset = timeZoneOffsetSeconds(zoneWord);
    if (!offset) {
        reading.error = QLatin1String("unknown time zone '") + zoneWord.toString() + QLatin1String("' in '")
            + text.toString() + QLatin1String("': the date is left empty rather than guessed");
        return reading;
    }
    reading.value = QDateTime(date, *time, Qt::UTC).addSecs(-*offset);
    return reading;
}

} // namespace slp
