#pragma once

#include <QString>
#include <QStringView>

namespace slp {

// Character checks shared by the SLR code value types.
class CodeText
{
public:
    static bool isAsciiAlphanumeric(QChar c);
    static bool isAsciiLetter(QChar c);
    static bool isHexDigit(QChar c);
    static bool allOf(QStringView text, bool (*predicate)(QChar));

    // Empty when every character is printable ASCII without spaces; otherwise a message naming
    // the first offending character and its 1-based position, prefixed with `what`.
    static QString checkPrintable(QStringView text, const QString &what);

    // The code without surrounding white space; sets *error when it is empty or holds anything but
    // printable ASCII (named `what` in the message, e.g. "return code").
    static QStringView prepare(QStringView text, const QString &what, QString *error);
};

} // namespace slp
