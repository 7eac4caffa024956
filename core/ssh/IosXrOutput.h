#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace slp {

// Turns what an IOS XR router sends into the text the parsers read: UTF-8, LF line ends, no terminal
// control sequences, no echo of the command, no prompt and no timestamp line ("Tue Mar 19 16:48:28.589 UTC")
// that IOS XR prints before every show output. Pure functions: unit-tested without a router.
class IosXrOutput
{
public:
    // Decodes UTF-8 (invalid bytes become U+FFFD), drops ANSI escape sequences, applies backspaces,
    // turns CRLF into LF and treats a lone CR as "back to the start of the line" (how paging erases
    // its --More-- marker).
    static QString normalize(const QByteArray &raw);

    // True for the IOS XR timestamp line, e.g. "Tue Mar 19 16:48:28.589 UTC".
    static bool isTimestampLine(QStringView line);

    // Removes leading blank lines and the timestamp line when it is the first non-blank line.
    static QString stripLeadingTimestamp(const QString &text);

    // Output of an exec channel: normalize + strip the timestamp line.
    static QString cleanExecOutput(const QByteArray &raw);

    // Output of a command typed into an interactive shell, from the bytes received after the command
    // was sent up to and including the next prompt: drops the echoed command line, the trailing
    // prompt and the timestamp line.
    static QString cleanShellOutput(const QString &normalizedTranscript, const QString &command);
};

} // namespace slp
