#include "ssh/IosXrPrompt.h"

#include <QRegularExpression>

namespace slp {

namespace {

QStringView lastLine(QStringView text)
{
    const qsizetype newline = text.lastIndexOf(u'\n');
    return newline < 0 ? text : text.mid(newline + 1);
}

QStringView trimmedRight(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return text.left(end);
}

} // namespace

QString IosXrPrompt::trailingPrompt(QStringView text)
{
    // A host prompt is one word: a letter or digit, then letters, digits and / : . _ @ -, an optional
    // mode in parentheses, and '#'. Anything longer than 200 characters is output, not a prompt.
    static const QRegularExpression promptPattern(
        QStringLiteral(R"(^[A-Za-z0-9][A-Za-z0-9/:._@-]*(\([A-Za-z0-9._/-]+\))?#$)"));
    const QStringView candidate = trimmedRight(lastLine(text));
    if (candidate.isEmpty() || candidate.size() > 200)
        return {};
    return promptPattern.match(candidate.toString()).hasMatch() ? candidate.toString() : QString();
}

QString IosXrPrompt::baseOf(const QString &prompt)
{
    QString base = prompt;
    if (base.endsWith(u'#'))
        base.chop(1);
    if (base.endsWith(u')')) {
        const qsizetype open = base.lastIndexOf(u'(');
        if (open > 0)
            base.truncate(open);
    }
    return base;
}

bool IosXrPrompt::endsWithPromptOf(QStringView text, const QString &base)
{
    const QString prompt = trailingPrompt(text);
    return !prompt.isEmpty() && baseOf(prompt) == base;
}

bool IosXrPrompt::endsWithMorePrompt(QStringView text)
{
    return isMoreMarker(lastLine(text));
}

bool IosXrPrompt::endsWithQuestion(QStringView text)
{
    static const QRegularExpression questionPattern(QStringLiteral(R"(\[(yes/no|yes/no/cancel|y/n|confirm)\]:?$)"),
                                                    QRegularExpression::CaseInsensitiveOption);
    return questionPattern.match(trimmedRight(lastLine(text)).toString()).hasMatch();
}

bool IosXrPrompt::isMoreMarker(QStringView line)
{
    const QStringView marker = line.trimmed();
    return marker == u"--More--" || marker == u"--- More ---" || marker == u"<--- More --->";
}

QString IosXrPrompt::withoutLastLine(const QString &text)
{
    const qsizetype newline = text.lastIndexOf(u'\n');
    return newline < 0 ? QString() : text.left(newline + 1);
}

} // namespace slp
