#pragma once

#include "SnapshotRecord.h"
#include "StoreResult.h"
#include "StoreSession.h"

#include <QCoreApplication>

namespace slp {

// The `snapshots` table with its `license_usage` and `raw_outputs` rows.
class SnapshotTable
{
    Q_DECLARE_TR_FUNCTIONS(slp::SnapshotTable)
public:
    explicit SnapshotTable(StoreSession &session)
        : m_session(session)
    { }

    // Writes the snapshot, its usage rows and raw outputs, and, when it is the device's newest,
    // points the device at it, sets last_seen to its time and clears last_error. Atomic only
    // inside a transaction: the StoreWorker runs every write in one.
    StoreResult<qint64> insert(const SnapshotRecord &snapshot);

    StoreResult<SnapshotRecord> find(qint64 id, bool withRawOutputs);
    StoreResult<SnapshotRecord> latest(qint64 deviceId, bool withRawOutputs);
    // Newest first, at most `limit` (summaries only: cheap for a history view).
    StoreResult<QList<SnapshotSummary>> history(qint64 deviceId, int limit);
    // Deletes all but the newest `keepPerDevice` snapshots of every device; returns how many went.
    StoreResult<int> prune(int keepPerDevice);

private:
    StoreError insertUsage(qint64 snapshotId, const QList<UsageRow> &usage);
    StoreError insertRawOutputs(qint64 snapshotId, const QList<RawOutput> &outputs);
    StoreError readUsage(SnapshotRecord &snapshot);
    StoreError readRawOutputs(SnapshotRecord &snapshot);
    StoreError requireDevice(qint64 deviceId);

    StoreSession &m_session;
};

} // namespace slp
