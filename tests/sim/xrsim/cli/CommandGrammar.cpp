#include "CommandGrammar.h"

#include <QRegularExpression>
#include <QSet>

namespace slp::xrsim {

void CommandGrammar::add(int command, const QString &pattern)
{
    Pattern parsed {command, {}};
    const QStringList words = pattern.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.startsWith(QLatin1Char('<')))
            parsed.tokens.append({QString(), word.endsWith(QLatin1String(":number>"))});
        else
            parsed.tokens.append({word, false});
    }
    m_patterns.append(parsed);
}

CommandGrammar::Match CommandGrammar::match(const QString &line) const
{
    struct Word
    {
        QString text;
        int column;
    };
    QList<Word> words;
    static const QRegularExpression wordPattern(QStringLiteral("\\S+"));
    for (auto it = wordPattern.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        words.append({m.captured(), static_cast<int>(m.capturedStart())});
    }
    Match result;
    if (words.isEmpty())
        return result;

    QList<const Pattern *> alive;
    for (const Pattern &pattern : m_patterns)
        alive.append(&pattern);
    static const QRegularExpression numberPattern(QStringLiteral("^\\d{1,19}$"));
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i).text;
        // Keywords this word could abbreviate at this position; an exact keyword wins over prefixes.
        QSet<QString> keywords;
        bool exact = false;
        for (const Pattern *pattern : std::as_const(alive)) {
            if (i < pattern->tokens.size() && !pattern->tokens.at(i).keyword.isEmpty()
                && pattern->tokens.at(i).keyword.startsWith(word, Qt::CaseInsensitive)) {
                keywords.insert(pattern->tokens.at(i).keyword);
                exact = exact || pattern->tokens.at(i).keyword.compare(word, Qt::CaseInsensitive) == 0;
            }
        }
        if (keywords.size() > 1 && !exact) {
            result.kind = Match::Ambiguous;
            result.errorColumn = words.at(i).column;
            return result;
        }
        QList<const Pattern *> next;
        for (const Pattern *pattern : std::as_const(alive)) {
            if (i >= pattern->tokens.size())
                continue;
            const Token &token = pattern->tokens.at(i);
            bool accepted = false;
            if (!token.keyword.isEmpty())
                accepted
                    = exact ? token.keyword.compare(word, Qt::CaseInsensitive) == 0 : keywords.contains(token.keyword);
            else
                accepted = !token.number || numberPattern.match(word).hasMatch();
            if (accepted)
                next.append(pattern);
        }
        if (next.isEmpty()) {
            result.kind = Match::Invalid;
            result.errorColumn = words.at(i).column;
            return result;
        }
        alive = next;
    }
    // Complete patterns; among several, the one with the most keywords (literal beats placeholder).
    const Pattern *best = nullptr;
    int bestKeywords = -1;
    for (const Pattern *pattern : std::as_const(alive)) {
        if (pattern->tokens.size() != words.size())
            continue;
        int keywords = 0;
        for (const Token &token : pattern->tokens)
            keywords += token.keyword.isEmpty() ? 0 : 1;
        if (keywords > bestKeywords) {
            best = pattern;
            bestKeywords = keywords;
        }
    }
    if (!best) {
        result.kind = Match::Incomplete;
        return result;
    }
    result.kind = Match::Matched;
    result.command = best->command;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (best->tokens.at(i).keyword.isEmpty())
            result.arguments.append(words.at(i).text);
    }
    return result;
}

} // namespace slp::xrsim
