#pragma once

#include "compliance/ComplianceResult.h"
#include "store/RawOutput.h"
#include "store/SnapshotRecord.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>

namespace slp {

// A refresh's snapshot, ready for the store, or the reasons it must not be stored.
struct SnapshotBuild
{
    SnapshotRecord snapshot;
    ComplianceResult compliance;
    QStringList errors; // non-empty: the device failed, nothing is stored
    int licenseCount = 0;
};

// Turns the outputs of one device's refresh into a snapshot: summary columns, the parsed state
// (JSON: "format", "commands", "history", "compliance"; see docs/slpctl.md), usage rows, raw outputs,
// and the compliance verdict. Pure and thread-safe: the refresh job runs it off the caller's thread.
class SnapshotBuilder
{
public:
    static constexpr auto stateFormat = "slp-snapshot/1";

    static SnapshotBuild build(qint64 deviceId, qint64 jobId, const QList<RawOutput> &outputs,
                               const QHash<QString, int> &exitStatuses, const std::optional<SnapshotRecord> &previous,
                               const QDateTime &takenAt);
};

} // namespace slp
