#include "RefreshJob.h"

#include "FlowsLogging.h"
#include "SnapshotBuilder.h"
#include "ThreadPoolTask.h"
#include "compliance/ComplianceState.h"
#include "parse/ShowCommand.h"
#include "parse/VersionParser.h"
#include "store/Store.h"

namespace slp {

QStringList RefreshJob::commands()
{
    // `show version` last: the licensing outputs keep their places, and an old image that prints
    // nothing readable for it only loses the version column.
    return {showCommandText(ShowCommand::Status),
            showCommandText(ShowCommand::Summary),
            showCommandText(ShowCommand::Usage),
            showCommandText(ShowCommand::Udi),
            showCommandText(ShowCommand::Reservation),
            showCommandText(ShowCommand::PlatformSummary),
            VersionParser::commandText()};
}

RefreshJob::RefreshJob(JobEnvironment environment, JobOptions options, QObject *parent)
    : Job(QString::fromLatin1(kindName), std::move(environment), options, parent)
{ }

void RefreshJob::startDevice(const DeviceRun &run)
{
    // The previous snapshot carries the usage history compliance needs (UsageHistory).
    loadPrevious(run, [this, run](const std::optional<SnapshotRecord> &previous) {
        QList<SshStep> steps;
        for (const QString &command : commands())
            steps.append(SshStep::runCommand(command));
        runSsh(run, steps, [this, run, previous](const SshJobResult &result) { onOutputs(run, previous, result); });
    });
}

void RefreshJob::onOutputs(const DeviceRun &run, const std::optional<SnapshotRecord> &previous,
                           const SshJobResult &result)
{
    const qint64 deviceId = run.device.id;
    if (!result.ok()) {
        failDeviceWithSsh(deviceId, result.error);
        return;
    }
    // The inventory shows which key the device presented (known_hosts has the key itself).
    if (const QString fingerprint = result.hostKey.fingerprintSha256();
        !result.hostKey.isNull() && fingerprint != run.device.hostKeyFingerprint)
        environment().store->setHostKeyFingerprint(deviceId, fingerprint);
    QList<RawOutput> outputs;
    QHash<QString, int> exitStatuses;
    const QStringList names = commands();
    for (qsizetype i = 0; i < names.size() && i < result.steps.size(); ++i) {
        outputs.append({names.at(i), result.steps.at(i).output});
        if (const int status = result.steps.at(i).exitStatus.value_or(0); status != 0)
            exitStatuses.insert(names.at(i), status);
    }
    const qint64 jobId = id();
    const QDateTime takenAt = QDateTime::currentDateTimeUtc();
    // Parsing seven outputs takes a few milliseconds: off the caller's (GUI) thread.
    runOnThreadPool([deviceId, jobId, outputs, exitStatuses, previous, takenAt] {
        return SnapshotBuilder::build(deviceId, jobId, outputs, exitStatuses, previous, takenAt);
    }).then(this, [this, deviceId, hostname = run.device.hostname](const SnapshotBuild &build) {
        if (!build.errors.isEmpty()) {
            completeDevice(deviceId, JobStepState::Failed,
                           QStringLiteral("%1: %2").arg(hostname, build.errors.join(QStringLiteral("; "))));
            return;
        }
        m_readySnapshots.insert(deviceId, build.snapshot);
        completeDevice(deviceId, JobStepState::Succeeded,
                       QStringLiteral("%1, %2 license(s), %3")
                           .arg(build.snapshot.summary.udi)
                           .arg(build.licenseCount)
                           .arg(complianceStateId(build.compliance.state)));
    });
}

QFuture<StoreError> RefreshJob::persistOutcome(const DeviceRecord &device, const JobStepRecord &step)
{
    const std::optional<SnapshotRecord> snapshot
        = m_readySnapshots.contains(device.id) ? std::optional(m_readySnapshots.take(device.id)) : std::nullopt;
    switch (step.state) {
    case JobStepState::Succeeded:
        if (snapshot) {
            // Snapshot, usage rows, raw outputs, the device's latest pointer and the step: one transaction.
            return environment()
                .store->saveSnapshot(*snapshot, step)
                .then(this, [this, deviceId = device.id](const StoreResult<qint64> &saved) {
                    if (saved.ok())
                        emit snapshotStored(deviceId, saved.value);
                    return saved.error;
                });
        }
        break;
    case JobStepState::Failed:
        // The previous snapshot stays; the device remembers why this refresh failed.
        return environment().store->recordDeviceFailure(device.id, step.message, step);
    default:
        break;
    }
    return Job::persistOutcome(device, step);
}

} // namespace slp
