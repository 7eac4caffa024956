#include "CodeText.h"

#include <algorithm>

namespace slp {

bool CodeText::isAsciiAlphanumeric(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
}

bool CodeText::isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool CodeText::isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool CodeText::allOf(QStringView text, bool (*predicate)(QChar))
{
    return std::all_of(text.begin(), text.end(), predicate);
}

QString CodeText::checkPrintable(QStringView text, const QString &what)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c <= 0x20 || c >= 0x7f) {
            const QString shown = c < 0x20 || c == 0x7f ? QStringLiteral("U+%1").arg(c, 4, 16, QLatin1Char('0'))
                                                        : QStringLiteral("'%1'").arg(text.at(i));
            return QStringLiteral("%1 contains %2 at position %3").arg(what, shown).arg(i + 1);
        }
    }
    return {};
}

QStringView CodeText::prepare(QStringView text, const QString &what, QString *error)
{
    const QStringView code = text.trimmed();
    *error = code.isEmpty() ? QStringLiteral("%1 is empty").arg(what) : checkPrintable(code, what);
    return code;
}

} // namespace slp
