#include "RumReport.h"

#include <algorithm>

namespace slp {

qint64 RumReport::windowStart() const
{
    if (measurements.isEmpty())
        return 0;
    return std::min_element(measurements.cbegin(), measurements.cend(),
                            [](const RumMeasurement &a, const RumMeasurement &b) { return a.startTime < b.startTime; })
        ->startTime;
}

qint64 RumReport::windowEnd() const
{
    if (measurements.isEmpty())
        return 0;
    return std::max_element(measurements.cbegin(), measurements.cend(),
                            [](const RumMeasurement &a, const RumMeasurement &b) { return a.endTime < b.endTime; })
        ->endTime;
}

qint64 RumReport::maxCount() const
{
    qint64 largest = 0;
    for (const RumMeasurement &measurement : measurements) {
        if (measurement.metricName == QLatin1String("ENTITLEMENT"))
            largest = std::max(largest, measurement.count);
    }
    return largest;
}

} // namespace slp
