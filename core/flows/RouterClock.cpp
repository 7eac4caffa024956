#include "RouterClock.h"

#include "parse/RouterDateTime.h"

#include <QStringList>

namespace slp {

RouterClockCheck RouterClockCheck::check(const QString &output, const QDateTime &localUtc)
{
    RouterClockCheck result;
    // The last line that reads as a date: a leading timestamp line may or may not have been removed.
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (auto it = lines.crbegin(); it != lines.crend() && !result.routerTime; ++it) {
        const QString line = it->trimmed();
        if (line.isEmpty())
            continue;
        if (const RouterDateTime::Reading reading = RouterDateTime::read(line); reading.value)
            result.routerTime = reading.value;
    }
    if (!result.routerTime) {
        const QString shown = output.trimmed().left(80);
        result.problem
            = QStringLiteral("cannot read the router's time from `show clock` (it printed \"%1\")").arg(shown);
        return result;
    }
    result.skewSeconds = localUtc.secsTo(*result.routerTime);
    if (qAbs(result.skewSeconds) > maxSkewSeconds)
        result.problem
            = QStringLiteral("the router's clock says %1 UTC, %2 %3 the console's (%4 UTC); more than one hour "
                             "apart, trust cannot be established: set the router's clock (NTP) first")
                  .arg(result.routerTime->toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                       describeDuration(qAbs(result.skewSeconds)),
                       result.skewSeconds > 0 ? QStringLiteral("ahead of") : QStringLiteral("behind"),
                       localUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    return result;
}

QString RouterClockCheck::describeDuration(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    if (hours > 0)
        return QStringLiteral("%1 h %2 min %3 s").arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(rest);
    if (minutes > 0)
        return QStringLiteral("%1 min %2 s").arg(minutes).arg(rest);
    return QStringLiteral("%1 s").arg(rest);
}

} // namespace slp
