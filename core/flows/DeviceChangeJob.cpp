#include "DeviceChangeJob.h"

#include "FlowsLogging.h"
#include "RefreshJob.h"
#include "ThreadPoolTask.h"
#include "store/DeviceCodes.h"
#include "store/Store.h"

namespace slp {

QList<SshStep> DeviceChangeJob::withRefresh(QList<SshStep> steps)
{
    for (const QString &command : RefreshJob::commands())
        steps.append(SshStep::runCommand(command));
    return steps;
}

QString DeviceChangeJob::outputOf(const SshJobResult &result, qsizetype index)
{
    return index >= 0 && index < result.steps.size() ? result.steps.at(index).output : QString();
}

void DeviceChangeJob::buildRefresh(const DeviceRun &run, const std::optional<SnapshotRecord> &previous,
                                   const SshJobResult &result, qsizetype firstRefreshStep,
                                   std::function<void(const SnapshotBuild &)> next)
{
    const qint64 deviceId = run.device.id;
    QList<RawOutput> outputs;
    QHash<QString, int> exitStatuses;
    const QStringList names = RefreshJob::commands();
    for (qsizetype i = 0; i < names.size() && firstRefreshStep + i < result.steps.size(); ++i) {
        const SshStepResult &step = result.steps.at(firstRefreshStep + i);
        outputs.append({names.at(i), step.output});
        if (const int status = step.exitStatus.value_or(0); status != 0)
            exitStatuses.insert(names.at(i), status);
    }
    const qint64 jobId = id();
    const QDateTime takenAt = QDateTime::currentDateTimeUtc();
    runOnThreadPool([deviceId, jobId, outputs, exitStatuses, previous, takenAt] {
        return SnapshotBuilder::build(deviceId, jobId, outputs, exitStatuses, previous, takenAt);
    }).then(this, [this, deviceId, next = std::move(next)](const SnapshotBuild &build) {
        if (build.errors.isEmpty())
            m_readySnapshots.insert(deviceId, build.snapshot);
        next(build);
    });
}

void DeviceChangeJob::finishWithRefresh(const DeviceRun &run, const std::optional<SnapshotRecord> &previous,
                                        const SshJobResult &result, qsizetype firstRefreshStep,
                                        std::function<Decision(const SnapshotBuild &)> decide)
{
    buildRefresh(run, previous, result, firstRefreshStep,
                 [this, deviceId = run.device.id, hostname = run.device.hostname,
                  decide = std::move(decide)](const SnapshotBuild &build) {
                     if (!build.errors.isEmpty()) {
                         completeDevice(deviceId, JobStepState::Failed,
                                        QStringLiteral("%1: the state after the change is unreadable: %2")
                                            .arg(hostname, build.errors.join(QStringLiteral("; "))));
                         return;
                     }
                     const Decision decision = decide(build);
                     completeDevice(deviceId, decision.first, decision.second);
                 });
}

void DeviceChangeJob::finishWithout(qint64 deviceId, JobStepState state, const QString &message)
{
    completeDevice(deviceId, state, message);
}

void DeviceChangeJob::finishSshFailure(qint64 deviceId, const SshJobResult &result)
{
    failDeviceWithSsh(deviceId, result.error);
}

void DeviceChangeJob::keepCode(qint64 deviceId, DeviceCode::Kind kind, const QString &udi, const QString &code)
{
    DeviceCode kept;
    kept.deviceId = deviceId;
    kept.kind = kind;
    kept.udi = udi;
    kept.code = code;
    kept.jobId = id();
    m_codes[deviceId].append(kept);
}

QFuture<StoreError> DeviceChangeJob::persistOutcome(const DeviceRecord &device, const JobStepRecord &step)
{
    const std::optional<SnapshotRecord> snapshot
        = m_readySnapshots.contains(device.id) ? std::optional(m_readySnapshots.take(device.id)) : std::nullopt;
    const QList<DeviceCode> codes = m_codes.take(device.id);
    if (!snapshot && codes.isEmpty())
        return Job::persistOutcome(device, step);
    return DeviceCodes(*environment().store).saveOutcome(codes, snapshot, step);
}

} // namespace slp
