#pragma once

#include "DeviceRecord.h"
#include "SnapshotSummary.h"

#include <optional>

namespace slp {

// A device with the summary of its latest snapshot: one row of the device table, one query.
struct DeviceOverview
{
    DeviceRecord device;
    std::optional<SnapshotSummary> latest;
    int licensesInUse = 0; // license usage rows of the latest snapshot (the device table's Licenses column)
};

} // namespace slp
