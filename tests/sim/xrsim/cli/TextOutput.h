#pragma once

#include <QString>

namespace slp::xrsim {

// Builds command output line by line the way IOS XR prints it. Lines end with '\n'; the channel turns them
// into CRLF when a terminal is attached.
class TextOutput
{
public:
    TextOutput &line(const QString &text = {});
    // IOS XR's section separator in licensing output is a line holding one space (as the guide shows).
    TextOutput &spacer();
    TextOutput &append(const QString &text);
    const QString &text() const { return m_text; }

private:
    QString m_text;
};

// "Mar 19 2024 14:20:59 UTC", or "<none>" for 0.
QString formatDate(qint64 seconds);
// The line IOS XR prints before every show output: "Tue Mar 19 16:48:28.589 UTC".
QString timestampLine(qint64 milliseconds);
// "value" or "<empty>" when empty.
QString orEmpty(const QString &value);

} // namespace slp::xrsim
