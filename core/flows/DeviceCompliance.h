#pragma once

#include "DeviceState.h"
#include "UsageHistory.h"
#include "compliance/ComplianceInput.h"
#include "compliance/ComplianceResult.h"
#include "store/DeviceRecord.h"
#include "store/SnapshotRecord.h"

#include <QJsonObject>

#include <optional>

namespace slp {

// Compliance of one device from what the store knows: the refresh job asks here when it stores a
// snapshot, `slpctl status` (and the GUI) when they show the verdict as of now. Both go through
// ComplianceCalculator; this only gathers its input.
class DeviceCompliance
{
public:
    // The calculator's input from a parsed refresh and the device's usage history.
    static ComplianceInput input(const DeviceState &state, const std::optional<UsageHistory> &history);

    // The verdict as of `now` for a device and its latest snapshot (read WITH raw outputs, which are
    // parsed again); without a snapshot the device is unknown, or unreachable when its refresh failed.
    static ComplianceResult evaluate(const DeviceRecord &device, const std::optional<SnapshotRecord> &latest,
                                     const QDateTime &now);

    // {state, due_date, days_left, reason, findings, trust_installed, upgrade_blocked, ...} for JSON output.
    static QJsonObject toJson(const ComplianceResult &result);
};

} // namespace slp
