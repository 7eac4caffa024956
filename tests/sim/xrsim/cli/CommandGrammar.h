#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace slp::xrsim {

// IOS XR style command matching: keywords may be abbreviated to any unique prefix ("sh lic stat"),
// `<name>` takes any word, `<name:number>` a decimal number. On failure it tells where the input went
// wrong so the CLI can put its '^' marker under the offending word.
class CommandGrammar
{
public:
    struct Match
    {
        enum Kind { Matched, Invalid, Incomplete, Ambiguous, Empty } kind = Empty;
        int command = -1;
        QStringList arguments; // values of the <...> placeholders, in order
        int errorColumn = 0; // column of the offending word (Invalid)
    };

    void add(int command, const QString &pattern);
    Match match(const QString &line) const;

private:
    struct Token
    {
        QString keyword; // empty for placeholders
        bool number = false;
    };
    struct Pattern
    {
        int command;
        QList<Token> tokens;
    };
    QList<Pattern> m_patterns;
};

} // namespace slp::xrsim
