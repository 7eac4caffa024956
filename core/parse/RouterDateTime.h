#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace slp {

// Dates as routers print them, converted to UTC:
//   `Mar 19 2024 14:20:59 UTC`        (IOS XR)
//   `Jan 10 20:56:02 2024 UTC`        (IOS XE, and some IOS XR fields)
//   `Tue Mar 19 2024 16:43:24 UTC`    (a weekday first: show license platform summary)
//   `16:48:28.589 UTC Tue Mar 19 2024` (IOS `Time source is` order)
// with optional fractions of a second, a `*`/`.` clock-sync marker, and the zone as an abbreviation
// or word (see timeZoneOffsetSeconds). `<none>`, `<empty>`, `None` mean "no date".
class RouterDateTime
{
public:
    struct Reading
    {
        std::optional<QDateTime> value; // UTC, when the text is a date
        bool noValue = false; // `<none>` and friends: not an error
        QString error; // why the text is not a date (names the text)
    };

    static Reading read(QStringView text);
};

} // namespace slp
