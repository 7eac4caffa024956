#pragma once

#include <QLatin1String>
#include <QStringView>

namespace slp::text {

// Case-insensitive comparisons that reject on length first: the parsers test every line against
// many keys, and most comparisons fail on the length alone, which keeps parsing fast.
inline bool equals(QStringView text, QLatin1String word)
{
    return text.size() == word.size() && text.compare(word, Qt::CaseInsensitive) == 0;
}

inline bool startsWith(QStringView text, QLatin1String word)
{
    return text.size() >= word.size() && text.left(word.size()).compare(word, Qt::CaseInsensitive) == 0;
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
