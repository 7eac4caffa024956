#include "DeviceRow.h"

#include "compliance/ComplianceCalculator.h"

namespace slp::ui {

DeviceRow DeviceRow::from(DeviceOverview overview, const QDateTime &now)
{
    DeviceRow row;
    row.overview = std::move(overview);
    const DeviceRecord &device = row.overview.device;
    if (const auto &latest = row.overview.latest) {
        row.state = complianceStateFromId(latest->complianceState);
        if (latest->nextDue.isValid()) {
            // Whole days, rounding towards the past: 23 hours left is "0 days", not "1 day".
            const qint64 seconds = now.secsTo(latest->nextDue);
            row.daysLeft = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
            const bool reporting
                = row.state != ComplianceState::SlrInstalled && row.state != ComplianceState::LegacySmartLicensing;
            if (reporting && seconds < 0 && row.state < ComplianceState::Overdue)
                row.state = ComplianceState::Overdue;
            else if (reporting && *row.daysLeft <= ComplianceSettings {}.dueSoonDays
                     && row.state < ComplianceState::DueSoon)
                row.state = ComplianceState::DueSoon;
        }
    }
    if (!device.lastError.isEmpty())
        row.state = ComplianceState::Unreachable;

    QStringList parts {device.hostname, device.address, device.site, device.tags.join(u' ')};
    if (const auto &latest = row.overview.latest)
        parts << latest->serial << latest->platformPid << latest->softwareVersion;
    row.searchText = parts.join(u'\n').toLower();
    return row;
}

} // namespace slp::ui
