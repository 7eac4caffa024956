#pragma once

#include "store/UsageRow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace slp {

// The two facts of ComplianceInput that only a device's snapshot history knows, carried forward from
// snapshot to snapshot (in the snapshot's state JSON, "history") so that a refresh needs only the
// previous snapshot, not the whole history:
// - usageFirstSeen: when the earliest snapshot of the current run of snapshots showing usage not yet
//   acknowledged was taken (usage in use and no ACK, or a usage change after the last ACK);
// - lastUsageChange: when the latest snapshot whose counts differ from the one before was taken.
struct UsageHistory
{
    std::optional<QDateTime> usageFirstSeen;
    std::optional<QDateTime> lastUsageChange;
    bool unacknowledged = false; // this snapshot showed unacknowledged usage

    // The history after a new snapshot taken at `takenAt`. `previousUsage` is empty when there is no
    // previous snapshot (the first one establishes the counts; it is not a change).
    static UsageHistory next(const std::optional<UsageHistory> &previous, const QList<UsageRow> &previousUsage,
                             const QList<UsageRow> &usage, const std::optional<QDateTime> &lastAck,
                             const QDateTime &takenAt);

    // True when the counts per entitlement tag differ (a license appearing or going counts).
    static bool countsDiffer(const QList<UsageRow> &before, const QList<UsageRow> &after);

    QJsonObject toJson() const;
    // nullopt when `json` holds no history (a snapshot written by something else).
    static std::optional<UsageHistory> fromJson(const QJsonObject &json);

    bool operator==(const UsageHistory &) const = default;
};

} // namespace slp
