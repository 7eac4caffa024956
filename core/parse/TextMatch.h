#pragma once

#include <QLatin1String>
#include <QStringView>

namespace slp::text {

// Case-insensitive comparisons that reject on length first: the parsers test every line against
// many keys, and most comparisons fail on the length alone, which keeps parsing fast.
// ASCII case folding of one character, enough to reject most candidates before Qt's full compare.
inline char16_t foldedAscii(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
}

inline bool sameFirstCharacter(QStringView text, QLatin1String word)
{
    return word.isEmpty() || foldedAscii(text.front().unicode()) == foldedAscii(word.front().unicode());
}

inline bool equals(QStringView text, QLatin1String word)
{
    return text.size() == word.size() && sameFirstCharacter(text, word) && text.compare(word, Qt::CaseInsensitive) == 0;
}

inline bool startsWith(QStringView text, QLatin1String word)
{
    return text.size() >= word.size() && (word.isEmpty() || sameFirstCharacter(text, word))
        && text.left(word.size()).compare(word, Qt::CaseInsensitive) == 0;
}

inline bool endsWith(QStringView text, QLatin1String word)
{
    return text.size() >= word.size() && text.right(word.size()).compare(word, Qt::CaseInsensitive) == 0;
}

// `<none>`, `<empty>`, `None` and an empty value all mean "no value" in router output.
inline bool isNoValue(QStringView value)
{
    return value.isEmpty() || equals(value, QLatin1String("<none>")) || equals(value, QLatin1String("<empty>"))
        || equals(value, QLatin1String("none")) || equals(value, QLatin1String("<not set>"));
}

// One or more decimal digits and nothing else.
inline bool isAllDigits(QStringView word)
{
    if (word.isEmpty())
        return false;
    for (const QChar c : word) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// A line made only of one repeated rule character (`=====`, `-----`, `*****`), ignoring blanks and the
// column marks `|` and `+`.
inline bool isRule(QStringView line, QChar rule)
{
    qsizetype count = 0;
    for (const QChar c : line) {
        if (c == rule)
            ++count;
        else if (c != u' ' && c != u'|' && c != u'+')
            return false;
    }
    return count >= 3;
}

} // namespace slp::text
