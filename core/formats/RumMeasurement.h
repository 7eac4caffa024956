#pragma once

#include <QString>

namespace slp {

// One entry of a RUM payload's `measurements` array. Times are Unix seconds as the device wrote them.
struct RumMeasurement
{
    qint64 logTime = 0;
    QString metricName; // ENTITLEMENT or TELEMETRY
    qint64 startTime = 0;
    qint64 endTime = 0;
    qint64 sampleInterval = 0;
    qint64 numSamples = 0;
    QString valueType; // "COUNT"
    qint64 count = 0; // value.value, carried as a string of digits in the payload
};

} // namespace slp
