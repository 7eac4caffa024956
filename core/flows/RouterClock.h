#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace slp {

// The router's `show clock` compared with the console's UTC: trust establishment is refused by the
// router (and CSSM) when the clocks are more than an hour apart, so the trust flow checks first.
struct RouterClockCheck
{
    std::optional<QDateTime> routerTime; // UTC, when the output had a time
    qint64 skewSeconds = 0; // router - local
    QString problem; // empty: within the limit

    bool ok() const { return problem.isEmpty(); }

    static constexpr qint64 maxSkewSeconds = 3600;
    // `output` is what `show clock` printed ("16:48:28.589 UTC Tue Mar 19 2024"), `localUtc` now.
    static RouterClockCheck check(const QString &output, const QDateTime &localUtc);
    // "2 h 05 min 10 s" / "12 s": for messages.
    static QString describeDuration(qint64 seconds);
};

} // namespace slp
