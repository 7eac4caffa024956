#pragma once

#include <QDateTime>

#include <optional>

namespace slp {

// Top of `show license platform summary|detail` (IOS XR), LAST and NEXT on two lines each:
//   Collection: LAST: Tue Mar 19 2024 16:43:24 UTC
//               NEXT: Tue Mar 19 2024 16:58:24 UTC
struct PlatformSchedule
{
    std::optional<QDateTime> collectionLast;
    std::optional<QDateTime> collectionNext;
    std::optional<QDateTime> reportingLast;
    std::optional<QDateTime> reportingNext;

    friend bool operator==(const PlatformSchedule &, const PlatformSchedule &) = default;
};

} // namespace slp
