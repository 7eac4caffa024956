#pragma once

#include "compliance/ComplianceState.h"
#include "store/DeviceOverview.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace slp::ui {

// One line of the device table: the stored overview plus what the table shows "as of now".
struct DeviceRow
{
    DeviceOverview overview;
    ComplianceState state = ComplianceState::Unknown;
    std::optional<qint64> daysLeft; // whole days to the next due date; negative when overdue
    QString searchText; // lower-case hostname, address, serial, platform, site, tags: what the search box matches

    qint64 deviceId() const { return overview.device.id; }

    // The snapshot's verdict, aged to `now`: a due date that passed since the refresh makes the device
    // overdue, one that came within the due-soon window makes it due soon, and a failed last refresh
    // makes it unreachable. The arithmetic itself stays in core/compliance; this only re-reads its
    // stored due date against the clock so that a device nobody refreshed does not look healthy.
    static DeviceRow from(DeviceOverview overview, const QDateTime &now);
};

} // namespace slp::ui
