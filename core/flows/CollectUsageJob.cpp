#include "CollectUsageJob.h"

#include "FlowsLogging.h"
#include "ThreadPoolTask.h"
#include "store/ReportLibrary.h"
#include "store/Store.h"

#include <QDir>

namespace slp {

CollectUsageJob::CollectUsageJob(JobEnvironment environment, JobOptions options, UsageMode mode, QObject *parent)
    : CollectUsageJob(QString::fromLatin1(kindName), std::move(environment), options, mode, parent)
{ }

CollectUsageJob::CollectUsageJob(QString kind, JobEnvironment environment, JobOptions options, UsageMode mode,
                                 QObject *parent)
    : Job(std::move(kind), std::move(environment), options, parent)
    , m_mode(mode)
{ }

Job *CollectUsageJob::fromParameters(const JobEnvironment &environment, const JobOptions &options,
                                     const QJsonObject &parameters)
{
    const UsageMode mode
        = usageModeFromText(parameters.value(QStringLiteral("mode")).toString()).value_or(UsageMode::Unreported);
    return new CollectUsageJob(environment, options, mode);
}

QJsonObject CollectUsageJob::parameters() const
{
    QJsonObject stored = Job::parameters();
    stored.insert(QStringLiteral("mode"), toText(m_mode));
    return stored;
}

QString CollectUsageJob::incomingDirectory() const
{
    // Downloads land next to the library (same file system) and are removed once read.
    return QDir(environment().libraryDirectory).filePath(QStringLiteral("incoming"));
}

void CollectUsageJob::startDevice(const DeviceRun &run)
{
    collect(run);
}

void CollectUsageJob::collect(const DeviceRun &run)
{
    // The latest snapshot's UDI is who the console knows the device as: a file signed by anything
    // else is refused, even when the router at that address vouches for it.
    loadPrevious(run, [this, run](const std::optional<SnapshotRecord> &latest) {
        const QString knownUdi = latest ? latest->summary.udi : QString();
        const UsageCollectionPlan plan
            = UsageCollection::plan(m_mode, id(), run.device.id, run.attempt, incomingDirectory());
        if (!plan.error.isEmpty()) {
            completeDevice(run.device.id, JobStepState::Failed, plan.error);
            return;
        }
        runSsh(run, plan.steps, [this, run, plan, knownUdi](const SshJobResult &result) {
            if (result.error.kind == SshErrorKind::Cancelled || isCancelRequested()) {
                QFile::remove(plan.localPath);
                completeDevice(run.device.id, JobStepState::Cancelled, QStringLiteral("cancelled"));
                return;
            }
            const bool anyRan = !result.steps.isEmpty() && result.steps.constFirst().ran;
            if (!anyRan) {
                failDeviceWithSsh(run.device.id, result.error);
                return;
            }
            setActivity(run.device.id, QStringLiteral("checking the usage file"));
            // Parsing a large usage file takes a while: off the caller's (GUI) thread.
            runOnThreadPool([hostname = run.device.hostname, plan, result, knownUdi] {
                return UsageCollection::evaluate(hostname, plan, result, 0, knownUdi);
            }).then(this, [this, run](const CollectedUsage &usage) { onCollected(run, usage); });
        });
    });
}

void CollectUsageJob::onCollected(const DeviceRun &run, const CollectedUsage &usage)
{
    if (!usage.ok()) {
        completeDevice(run.device.id, JobStepState::Failed, usage.error);
        return;
    }
    keepForStore(run.device.id, usage);
    completeDevice(run.device.id, JobStepState::Succeeded, usage.summary());
}

QFuture<StoreError> CollectUsageJob::persistOutcome(const DeviceRecord &device, const JobStepRecord &step)
{
    if (step.state != JobStepState::Succeeded || !m_ready.contains(device.id))
        return Job::persistOutcome(device, step);
    const CollectedUsage usage = m_ready.take(device.id);
    ReportLibrary library(*environment().store, environment().libraryDirectory);
    // The file, its row and the device's step: file first, then one transaction.
    return library.add(usage.libraryInput(device.id, id()), step)
        .then(this, [this, deviceId = device.id](const StoreResult<LibraryFile> &added) {
            if (added.ok())
                emit collected(deviceId, added.value.id);
            else
                qCWarning(lcFlows).noquote()
                    << "usage file of device" << deviceId << "not stored:" << added.error.message;
            return added.error;
        });
}

} // namespace slp
