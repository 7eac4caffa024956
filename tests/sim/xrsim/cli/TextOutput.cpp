#include "TextOutput.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace slp::xrsim {

TextOutput &TextOutput::line(const QString &text)
{
    m_text += text;
    m_text += QLatin1Char('\n');
    return *this;
}

TextOutput &TextOutput::spacer()
{
    return line(QStringLiteral(" "));
}

TextOutput &TextOutput::append(const QString &text)
{
    m_text += text;
    return *this;
}

QString formatDate(qint64 seconds)
{
    if (seconds == 0)
        return QStringLiteral("<none>");
    const QDateTime time = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    return QLocale::c().toString(time, QStringLiteral("MMM dd yyyy hh:mm:ss")) + QStringLiteral(" UTC");
}

QString timestampLine(qint64 milliseconds)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(milliseconds, QTimeZone::utc());
    return QLocale::c().toString(time, QStringLiteral("ddd MMM dd hh:mm:ss.zzz")) + QStringLiteral(" UTC");
}

QString orEmpty(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("<empty>") : value;
}

} // namespace slp::xrsim
