#pragma once

#include "KeyValue.h"

#include <QList>
#include <QString>

#include <optional>

namespace slp {

// `Parameters:` block of show license platform summary|detail.
struct PlatformParameters
{
    std::optional<int> collectionIntervalMinutes; // `Collection interval: 15 minute(s)`
    std::optional<int> reportingIntervalMinutes;
    QString throughputGauge; // `Throughput gauge: 1000000 Kbps`, as printed
    QList<KeyValue> otherFields;

    friend bool operator==(const PlatformParameters &, const PlatformParameters &) = default;
};

} // namespace slp
