#pragma once

#include "Job.h"
#include "SnapshotBuilder.h"
#include "store/DeviceCode.h"
#include "store/SnapshotRecord.h"

#include <QHash>

#include <functional>
#include <optional>

namespace slp {

// Base of the flows that change a device (trust, transport, SLR): they end their last SSH session
// with RefreshJob's show commands, so that the device's snapshot (and with it its compliance) is
// fresh after the change, and they keep SLR codes. A device's codes, snapshot and job step are
// stored in ONE transaction (DeviceCodes::saveOutcome).
class DeviceChangeJob : public Job
{
    Q_OBJECT
protected:
    using Job::Job;

    // `steps` followed by RefreshJob::commands(); refreshFrom() finds their outputs.
    static QList<SshStep> withRefresh(QList<SshStep> steps);
    // Builds the snapshot from the refresh outputs starting at step `firstRefreshStep` (off this
    // thread) and keeps it for the device's outcome when it could be read; then `next` on this thread.
    void buildRefresh(const DeviceRun &run, const std::optional<SnapshotRecord> &previous, const SshJobResult &result,
                      qsizetype firstRefreshStep, std::function<void(const SnapshotBuild &)> next);
    // Completes the device: the snapshot is built from the refresh outputs starting at step
    // `firstRefreshStep` (off this thread), then `decide` says the final state and message from it
    // (a device whose outputs cannot be read fails with the parser's reasons).
    using Decision = std::pair<JobStepState, QString>;
    void finishWithRefresh(const DeviceRun &run, const std::optional<SnapshotRecord> &previous,
                           const SshJobResult &result, qsizetype firstRefreshStep,
                           std::function<Decision(const SnapshotBuild &)> decide);
    // Completes the device without a new snapshot (nothing was read, or the session failed).
    void finishWithout(qint64 deviceId, JobStepState state, const QString &message);
    // SSH failure of a whole session: cancelled or failed with describeSshFailure().
    void finishSshFailure(qint64 deviceId, const SshJobResult &result);
    // Codes to keep with the device's outcome (stored with its step).
    void keepCode(qint64 deviceId, DeviceCode::Kind kind, const QString &udi, const QString &code);

    QFuture<StoreError> persistOutcome(const DeviceRecord &device, const JobStepRecord &step) override;

    // The output of step `index`, or empty.
    static QString outputOf(const SshJobResult &result, qsizetype index);

private:
    QHash<qint64, SnapshotRecord> m_readySnapshots;
    QHash<qint64, QList<DeviceCode>> m_codes;
};

} // namespace slp
