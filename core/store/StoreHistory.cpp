// Store: snapshots, jobs and the audit log.
#include "Store.h"

#include "AuditTable.h"
#include "DeviceTable.h"
#include "JobTable.h"
#include "SnapshotTable.h"
#include "StoreTasks.h"

namespace slp {

using storetasks::read;
using storetasks::write;

QFuture<StoreResult<qint64>> Store::saveSnapshot(const SnapshotRecord &snapshot,
                                                 const std::optional<JobStepRecord> &step)
{
    return write<StoreResult<qint64>>(*m_worker, [snapshot, step](StoreSession &session) {
        StoreResult<qint64> saved = SnapshotTable(session).insert(snapshot);
        if (saved.ok() && step)
            saved.error = JobTable(session).upsertStep(*step);
        return saved;
    });
}

QFuture<StoreResult<QList<qint64>>> Store::saveSnapshots(const QList<SnapshotRecord> &snapshots)
{
    return write<StoreResult<QList<qint64>>>(*m_worker, [snapshots](StoreSession &session) {
        using Result = StoreResult<QList<qint64>>;
        SnapshotTable table(session);
        QList<qint64> ids;
        ids.reserve(snapshots.size());
        for (const SnapshotRecord &snapshot : snapshots) {
            StoreResult<qint64> saved = table.insert(snapshot);
            if (!saved.ok())
                return Result::failure(saved.error);
            ids.append(saved.value);
        }
        return Result::success(std::move(ids));
    });
}

QFuture<StoreError> Store::recordDeviceFailure(qint64 deviceId, const QString &error,
                                               const std::optional<JobStepRecord> &step)
{
    return write<StoreError>(*m_worker, [deviceId, error, step](StoreSession &session) {
        StoreError recorded = DeviceTable(session).recordFailure(deviceId, error);
        if (recorded.ok() && step)
            recorded = JobTable(session).upsertStep(*step);
        return recorded;
    });
}

QFuture<StoreResult<SnapshotRecord>> Store::snapshot(qint64 snapshotId, bool withRawOutputs)
{
    return read<StoreResult<SnapshotRecord>>(*m_worker, [snapshotId, withRawOutputs](StoreSession &session) {
        return SnapshotTable(session).find(snapshotId, withRawOutputs);
    });
}

QFuture<StoreResult<SnapshotRecord>> Store::latestSnapshot(qint64 deviceId, bool withRawOutputs)
{
    return read<StoreResult<SnapshotRecord>>(*m_worker, [deviceId, withRawOutputs](StoreSession &session) {
        return SnapshotTable(session).latest(deviceId, withRawOutputs);
    });
}

QFuture<StoreResult<QList<SnapshotSummary>>> Store::snapshotHistory(qint64 deviceId, int limit)
{
    return read<StoreResult<QList<SnapshotSummary>>>(*m_worker, [deviceId, limit](StoreSession &session) {
        return SnapshotTable(session).history(deviceId, limit);
    });
}

QFuture<StoreResult<int>> Store::pruneSnapshots(int keepPerDevice)
{
    return write<StoreResult<int>>(
        *m_worker, [keepPerDevice](StoreSession &session) { return SnapshotTable(session).prune(keepPerDevice); });
}

QFuture<StoreResult<qint64>> Store::createJob(const JobRecord &job, const QList<JobStepRecord> &steps)
{
    return write<StoreResult<qint64>>(
        *m_worker, [job, steps](StoreSession &session) { return JobTable(session).insert(job, steps); });
}

QFuture<StoreError> Store::setJobState(qint64 jobId, JobState state)
{
    return write<StoreError>(
        *m_worker, [jobId, state](StoreSession &session) { return JobTable(session).setState(jobId, state); });
}

QFuture<StoreError> Store::updateJobStep(const JobStepRecord &step)
{
    return write<StoreError>(*m_worker, [step](StoreSession &session) { return JobTable(session).upsertStep(step); });
}

QFuture<StoreResult<JobRecord>> Store::job(qint64 jobId)
{
    return read<StoreResult<JobRecord>>(*m_worker,
                                        [jobId](StoreSession &session) { return JobTable(session).find(jobId); });
}

QFuture<StoreResult<QList<JobRecord>>> Store::unfinishedJobs()
{
    return read<StoreResult<QList<JobRecord>>>(*m_worker,
                                               [](StoreSession &session) { return JobTable(session).unfinished(); });
}

QFuture<StoreResult<QList<JobRecord>>> Store::recentJobs(int limit)
{
    return read<StoreResult<QList<JobRecord>>>(
        *m_worker, [limit](StoreSession &session) { return JobTable(session).recent(limit); });
}

QFuture<StoreResult<QList<JobStepRecord>>> Store::jobSteps(qint64 jobId)
{
    return read<StoreResult<QList<JobStepRecord>>>(
        *m_worker, [jobId](StoreSession &session) { return JobTable(session).steps(jobId); });
}

QFuture<StoreResult<qint64>> Store::appendAudit(const AuditEntry &entry)
{
    return write<StoreResult<qint64>>(*m_worker,
                                      [entry](StoreSession &session) { return AuditTable(session).append(entry); });
}

QFuture<StoreResult<QList<AuditEntry>>> Store::auditLog(qint64 deviceId, int limit)
{
    return read<StoreResult<QList<AuditEntry>>>(
        *m_worker, [deviceId, limit](StoreSession &session) { return AuditTable(session).query(deviceId, limit); });
}

} // namespace slp
