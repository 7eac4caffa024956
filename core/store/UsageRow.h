#pragma once

#include <QString>

namespace slp {

// One license in use within a snapshot (table `license_usage`).
struct UsageRow
{
    QString name; // e.g. "Advanced Network Advantage"
    QString entitlementTag; // regid.... tag
    qint64 count = 0;
    QString version;
    QString status; // AUTHORIZED, IN USE, NOT IN USE, ...
    QString licenseType; // Perpetual / Subscription
    QString enforcement; // NOT ENFORCED, ENFORCED, EXPORT RESTRICTED, ...
    QString exportStatus;

    bool operator==(const UsageRow &) const = default;
};

} // namespace slp
