#include "Job.h"

#include "CredentialResolver.h"
#include "FlowsLogging.h"
#include "JobLock.h"
#include "ssh/SshJob.h"
#include "ssh/SshPool.h"
#include "store/AuditEntry.h"
#include "store/Store.h"

#include <QSet>

namespace slp {

struct Job::DeviceSlot
{
    DeviceStep step;
    std::optional<DeviceRecord> record; // nullopt: not in the inventory (any more)
    QPointer<SshJob> ssh;
    int runNumber = 0;
    bool active = false; // started in the current run, final step not stored yet
    bool holdsConnectSlot = false; // counted in m_connecting
};

Job::Job(QString kind, JobEnvironment environment, JobOptions options, QObject *parent)
    : QObject(parent)
    , m_kind(std::move(kind))
    , m_environment(std::move(environment))
    , m_options(options)
    , m_credentials(std::make_unique<CredentialResolver>(m_environment.store, m_environment.secrets, this))
{ }

Job::~Job()
{
    // SSH jobs are children of this object: deleting them cancels their sessions. The store keeps
    // this job as running, and since the lock goes with it, the job counts as interrupted.
    for (const auto &slot : std::as_const(m_slots)) {
        if (slot->ssh)
            slot->ssh->cancel();
    }
}

JobProgress Job::progress() const
{
    JobProgress progress;
    for (const auto &slot : m_slots)
        progress.add(slot->step.state);
    return progress;
}

QList<DeviceStep> Job::steps() const
{
    QList<DeviceStep> steps;
    steps.reserve(m_slots.size());
    for (const auto &slot : m_slots)
        steps.append(slot->step);
    return steps;
}

std::optional<DeviceStep> Job::step(qint64 deviceId) const
{
    const DeviceSlot *slot = slotOf(deviceId);
    return slot ? std::optional<DeviceStep>(slot->step) : std::nullopt;
}

Job::DeviceSlot *Job::slotOf(qint64 deviceId)
{
    const auto it = m_slotById.constFind(deviceId);
    return it == m_slotById.constEnd() ? nullptr : it->get();
}

const Job::DeviceSlot *Job::slotOf(qint64 deviceId) const
{
    const auto it = m_slotById.constFind(deviceId);
    return it == m_slotById.constEnd() ? nullptr : it->get();
}

QFuture<StoreError> Job::persistOutcome(const DeviceRecord &, const JobStepRecord &step)
{
    return m_environment.store->updateJobStep(step);
}

QJsonObject Job::parameters() const
{
    return {{QStringLiteral("parallel"), m_options.clampedParallel()},
            {QStringLiteral("accept_new_host_keys"), m_options.unknownHostKeyPolicy == UnknownHostKeyPolicy::AcceptNew},
            {QStringLiteral("timeouts"),
             QJsonObject {{QStringLiteral("connect_ms"), m_options.timeouts.connectMs},
                          {QStringLiteral("command_ms"), m_options.timeouts.commandMs},
                          {QStringLiteral("idle_ms"), m_options.timeouts.idleMs}}}};
}

JobOptions Job::optionsFromParameters(const QJsonObject &parameters, JobOptions base, bool useStored)
{
    if (useStored) {
        base.parallel = parameters.value(QStringLiteral("parallel")).toInt(base.parallel);
        const QJsonObject timeouts = parameters.value(QStringLiteral("timeouts")).toObject();
        base.timeouts.connectMs = timeouts.value(QStringLiteral("connect_ms")).toInt(base.timeouts.connectMs);
        base.timeouts.commandMs = timeouts.value(QStringLiteral("command_ms")).toInt(base.timeouts.commandMs);
        base.timeouts.idleMs = timeouts.value(QStringLiteral("idle_ms")).toInt(base.timeouts.idleMs);
    }
    if (parameters.value(QStringLiteral("accept_new_host_keys")).toBool())
        base.unknownHostKeyPolicy = UnknownHostKeyPolicy::AcceptNew;
    return base;
}

void Job::start(const QList<qint64> &deviceIds)
{
    // Nothing is reported before the caller got the job back and connected to it: a store that
    // answers at once would otherwise emit finished() from inside this call.
    QMetaObject::invokeMethod(
        this, [this, deviceIds] { startNow(deviceIds); }, Qt::QueuedConnection);
}

void Job::startNow(const QList<qint64> &deviceIds)
{
    m_state = JobState::Running;
    ++m_runNumber;
    QSet<qint64> seen;
    for (const qint64 deviceId : deviceIds) {
        if (seen.contains(deviceId))
            continue;
        seen.insert(deviceId);
        auto slot = std::make_shared<DeviceSlot>();
        slot->step.deviceId = deviceId;
        slot->step.deviceName = QStringLiteral("#%1").arg(deviceId);
        m_slots.append(slot);
        m_slotById.insert(deviceId, slot);
    }
    // The inventory first: a job is only created for devices that exist.
    m_environment.store->devices().then(this, [this](const StoreResult<QList<DeviceRecord>> &devices) {
        if (!devices.ok()) {
            fail(QStringLiteral("cannot read the inventory: %1").arg(devices.error.message));
            return;
        }
        QStringList unknown;
        QList<JobStepRecord> steps;
        for (const DeviceRecord &device : devices.value) {
            if (DeviceSlot *slot = slotOf(device.id)) {
                slot->record = device;
                slot->step.deviceName = device.hostname;
            }
        }
        for (const auto &slot : std::as_const(m_slots)) {
            if (!slot->record)
                unknown.append(QString::number(slot->step.deviceId));
            JobStepRecord step;
            step.deviceId = slot->step.deviceId;
            step.step = m_kind;
            steps.append(step);
        }
        if (!unknown.isEmpty()) {
            fail(QStringLiteral("no device with id %1 in the inventory").arg(unknown.join(QStringLiteral(", "))));
            return;
        }
        JobRecord record;
        record.kind = m_kind;
        record.state = JobState::Running;
        record.parameters = parameters();
        m_environment.store->createJob(record, steps).then(this, [this](const StoreResult<qint64> &created) {
            if (!created.ok()) {
                fail(QStringLiteral("cannot create the job: %1").arg(created.error.message));
                return;
            }
            takeOver(created.value);
            if (m_finished)
                return;
            for (const auto &slot : std::as_const(m_slots))
                slot->step.jobId = m_id;
            for (const auto &slot : std::as_const(m_slots))
                m_queue.append(slot->step.deviceId);
            emit started(m_id);
            emit progressChanged(progress());
            schedule();
        });
    });
}

void Job::resume(const JobRecord &record, const QList<JobStepRecord> &steps)
{
    QMetaObject::invokeMethod(
        this, [this, record, steps] { resumeNow(record, steps); }, Qt::QueuedConnection);
}

void Job::resumeNow(const JobRecord &record, const QList<JobStepRecord> &steps)
{
    m_state = JobState::Running;
    ++m_runNumber;
    takeOver(record.id);
    if (m_finished)
        return;
    for (const JobStepRecord &stored : steps) {
        if (stored.deviceId == 0 || stored.step != m_kind || m_slotById.contains(stored.deviceId))
            continue;
        auto slot = std::make_shared<DeviceSlot>();
        slot->step.jobId = m_id;
        slot->step.deviceId = stored.deviceId;
        slot->step.deviceName = QStringLiteral("#%1").arg(stored.deviceId);
        slot->step.attempt = stored.attempt;
        slot->step.message = stored.message;
        const bool done = stored.state == JobStepState::Succeeded || stored.state == JobStepState::Skipped;
        slot->step.state = done ? stored.state : JobStepState::Pending;
        m_slots.append(slot);
        m_slotById.insert(stored.deviceId, slot);
    }
    m_environment.store->setJobState(m_id, JobState::Running);
    loadDevicesAndRun();
}

void Job::takeOver(qint64 jobId)
{
    m_id = jobId;
    if (m_environment.lockDirectory.isEmpty())
        return;
    if (!m_lock)
        m_lock = std::make_unique<JobLock>(m_environment.lockDirectory, jobId);
    QString why;
    if (!m_lock->acquire(&why))
        fail(QStringLiteral("job %1 cannot be taken over: %2").arg(jobId).arg(why));
}

// Reads the devices again (they may have been edited since the job was created), then queues every
// device whose step is pending.
void Job::loadDevicesAndRun()
{
    const int runNumber = m_runNumber;
    m_environment.store->devices().then(this, [this, runNumber](const StoreResult<QList<DeviceRecord>> &devices) {
        if (runNumber != m_runNumber)
            return;
        if (!devices.ok()) {
            fail(QStringLiteral("cannot read the inventory: %1").arg(devices.error.message));
            return;
        }
        for (const DeviceRecord &device : devices.value) {
            if (DeviceSlot *slot = slotOf(device.id)) {
                slot->record = device;
                slot->step.deviceName = device.hostname;
            }
        }
        for (const auto &slot : std::as_const(m_slots)) {
            if (slot->step.state == JobStepState::Pending)
                m_queue.append(slot->step.deviceId);
        }
        emit started(m_id);
        emit progressChanged(progress());
        schedule();
    });
}

void Job::schedule()
{
    if (m_cancelRequested) {
        const QList<qint64> queued = std::exchange(m_queue, {});
        for (const qint64 deviceId : queued) {
            DeviceSlot *slot = slotOf(deviceId);
            changeStep(*slot, JobStepState::Cancelled, QStringLiteral("cancelled before it started"));
            persistStep(*slot);
        }
        if (!queued.isEmpty())
            emit progressChanged(progress());
    }
    while (!m_queue.isEmpty() && m_connecting < m_options.clampedParallel())
        startNext(*slotOf(m_queue.takeFirst()));
    maybeFinish();
}

void Job::startNext(DeviceSlot &slot)
{
    ++m_connecting;
    ++m_unfinished;
    slot.holdsConnectSlot = true;
    slot.active = true;
    slot.runNumber = m_runNumber;
    ++slot.step.attempt;
    changeStep(slot, JobStepState::Running, QStringLiteral("connecting"));
    persistStep(slot);
    emit progressChanged(progress());
    const qint64 deviceId = slot.step.deviceId;
    if (!slot.record) {
        completeDevice(deviceId, JobStepState::Failed,
                       QStringLiteral("device #%1 is no longer in the inventory").arg(deviceId));
        return;
    }
    if (!connectsToDevices()) {
        slot.holdsConnectSlot = false;
        --m_connecting;
        DeviceRun run;
        run.device = *slot.record;
        run.attempt = slot.step.attempt;
        startDevice(run);
        return;
    }
    const int runNumber = m_runNumber;
    m_credentials->resolve(*slot.record, [this, deviceId, runNumber](const CredentialResolution &resolution) {
        DeviceSlot *current = slotOf(deviceId);
        if (!current || !current->active || current->runNumber != runNumber)
            return;
        if (m_cancelRequested) {
            completeDevice(deviceId, JobStepState::Cancelled, QStringLiteral("cancelled"));
            return;
        }
        if (!resolution.ok()) {
            completeDevice(deviceId, JobStepState::Failed, resolution.error);
            return;
        }
        DeviceRun run;
        run.device = *current->record;
        run.target = resolution.target;
        run.attempt = current->step.attempt;
        startDevice(run);
    });
}

void Job::runSsh(const DeviceRun &run, const QList<SshStep> &steps, std::function<void(const SshJobResult &)> done)
{
    DeviceSlot *slot = slotOf(run.device.id);
    if (!slot || !slot->active)
        return;
    SshJobSpec spec;
    spec.target = run.target;
    spec.options.knownHostsPath = m_environment.knownHostsPath;
    spec.options.unknownHostKeyPolicy = m_options.unknownHostKeyPolicy;
    spec.options.commandMode = m_options.commandMode;
    spec.options.timeouts = m_options.timeouts;
    spec.steps = steps;
    spec.stopOnError = true;
    SshJob *ssh = m_environment.sshPool->start(spec, this);
    slot->ssh = ssh;
    const qint64 deviceId = run.device.id;
    connect(ssh, &SshJob::hostKeyQuestion, this,
            [this, deviceId](const SshHostKeyQuestion &question) { emit hostKeyQuestion(deviceId, question); });
    connect(ssh, &SshJob::stepFinished, this, [this, deviceId, steps](int index) {
        if (index + 1 < steps.size())
            setActivity(deviceId, steps.at(index + 1).describe());
    });
    connect(ssh, &SshJob::started, this, [this, deviceId, steps] {
        setActivity(deviceId, steps.isEmpty() ? QStringLiteral("connecting") : steps.constFirst().describe());
    });
    connect(ssh, &SshJob::finished, this,
            [this, deviceId, ssh, done = std::move(done)] { finishSsh(deviceId, ssh, done); });
}

void Job::finishSsh(qint64 deviceId, SshJob *ssh, const std::function<void(const SshJobResult &)> &done)
{
    const SshJobResult result = ssh->result();
    const SshJobSpec spec = ssh->spec();
    ssh->deleteLater();
    DeviceSlot *slot = slotOf(deviceId);
    if (!slot)
        return;
    slot->ssh = nullptr;
    if (slot->holdsConnectSlot) {
        slot->holdsConnectSlot = false;
        --m_connecting;
    }
    auditCommands(*slot, spec, result);
    if (result.ok())
        setActivity(deviceId, QStringLiteral("reading the output"));
    done(result);
    schedule();
}

void Job::auditCommands(const DeviceSlot &slot, const SshJobSpec &spec, const SshJobResult &result)
{
    auto entry = [&](const QString &command, const QString &outcome, const QString &detail) {
        AuditEntry audit;
        audit.actor = m_environment.actor;
        audit.deviceId = slot.step.deviceId;
        audit.action = m_kind;
        audit.command = command;
        audit.outcome = outcome;
        audit.detail = detail;
        m_environment.store->appendAudit(audit);
    };
    bool anyRan = false;
    for (qsizetype i = 0; i < spec.steps.size() && i < result.steps.size(); ++i) {
        const SshStepResult &step = result.steps.at(i);
        if (!step.ran)
            continue;
        anyRan = true;
        if (!step.error.ok())
            entry(spec.steps.at(i).describe(),
                  step.error.kind == SshErrorKind::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"),
                  step.error.message);
        else if (step.exitStatus.value_or(0) != 0)
            entry(spec.steps.at(i).describe(), QStringLiteral("failed"),
                  QStringLiteral("exit status %1").arg(*step.exitStatus));
        else
            entry(spec.steps.at(i).describe(), QStringLiteral("ok"), {});
    }
    // A connection that never got as far as a command is audited once, without a command.
    if (!anyRan && !result.ok())
        entry({}, result.error.kind == SshErrorKind::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"),
              result.error.message);
}

QString Job::describeSshFailure(const SshError &error)
{
    QString kind = SshError::kindName(error.kind).replace(u'-', u' ');
    if (error.kind == SshErrorKind::Timeout && error.phase != SshPhase::None)
        kind += QStringLiteral(" (%1)").arg(SshError::phaseWords(error.phase));
    return kind + QLatin1String(": ") + error.message;
}

void Job::setActivity(qint64 deviceId, const QString &message)
{
    DeviceSlot *slot = slotOf(deviceId);
    if (!slot || !slot->active || slot->step.message == message)
        return;
    slot->step.message = message;
    emit deviceStepChanged(slot->step);
}

void Job::failDeviceWithSsh(qint64 deviceId, const SshError &error)
{
    if (error.kind == SshErrorKind::Cancelled)
        completeDevice(deviceId, JobStepState::Cancelled, QStringLiteral("cancelled"));
    else
        completeDevice(deviceId, JobStepState::Failed, describeSshFailure(error), deviceFailureOf(error.kind));
}

void Job::completeDevice(qint64 deviceId, JobStepState state, const QString &message, DeviceFailure failure)
{
    DeviceSlot *slot = slotOf(deviceId);
    if (!slot || !slot->active)
        return;
    if (slot->holdsConnectSlot) {
        slot->holdsConnectSlot = false;
        --m_connecting;
    }
    slot->active = false; // no second completion; m_unfinished drops once stored
    JobStepRecord record;
    record.jobId = m_id;
    record.deviceId = deviceId;
    record.step = m_kind;
    record.state = state;
    record.attempt = slot->step.attempt;
    record.message = message;
    if (state == JobStepState::Succeeded)
        setActivity(deviceId, QStringLiteral("storing"));
    QFuture<StoreError> stored
        = slot->record ? persistOutcome(*slot->record, record) : Job::persistOutcome(DeviceRecord(), record);
    stored.then(this, [this, deviceId, record, failure](const StoreError &error) {
        DeviceSlot *done = slotOf(deviceId);
        JobStepRecord final = record;
        if (!error.ok()) {
            qCWarning(lcFlows) << "job" << m_id << "device" << deviceId << "result not stored:" << error.message;
            final.state = JobStepState::Failed;
            final.message = QStringLiteral("%1 (storing it failed: %2)").arg(record.message, error.message);
            m_environment.store->updateJobStep(final);
        }
        --m_unfinished;
        changeStep(*done, final.state, final.message,
                   final.state == JobStepState::Failed ? failure : DeviceFailure::None);
        emit progressChanged(progress());
        schedule();
    });
}

void Job::changeStep(DeviceSlot &slot, JobStepState state, const QString &message, DeviceFailure failure)
{
    slot.step.state = state;
    slot.step.message = message;
    slot.step.failure = failure;
    emit deviceStepChanged(slot.step);
}

void Job::persistStep(DeviceSlot &slot)
{
    if (m_id == 0)
        return;
    JobStepRecord record;
    record.jobId = m_id;
    record.deviceId = slot.step.deviceId;
    record.step = m_kind;
    record.state = slot.step.state;
    record.attempt = slot.step.attempt;
    record.message = slot.step.message;
    m_environment.store->updateJobStep(record);
}

void Job::maybeFinish()
{
    if (m_finished || m_finishing || m_id == 0 || !m_queue.isEmpty() || m_unfinished > 0 || m_connecting > 0)
        return;
    const JobProgress now = progress();
    if (now.pending > 0 || now.running > 0)
        return;
    const JobState final = m_cancelRequested    ? JobState::Cancelled
        : (now.failed > 0 || now.cancelled > 0) ? JobState::Failed
                                                : JobState::Succeeded;
    m_finishing = true;
    m_environment.store->setJobState(m_id, final).then(this, [this, final](const StoreError &error) {
        if (!error.ok())
            m_errorMessage = QStringLiteral("the job's end was not stored: %1").arg(error.message);
        m_finishing = false;
        m_finished = true;
        m_state = final;
        m_lock.reset();
        qCInfo(lcFlows).noquote() << m_kind << "job" << m_id << "finished:" << toText(final) << "("
                                  << progress().succeeded << "succeeded," << progress().failed << "failed)";
        emit finished(final);
    });
}

void Job::fail(const QString &message)
{
    qCWarning(lcFlows).noquote() << m_kind << "job" << m_id << "cannot run:" << message;
    m_errorMessage = message;
    m_state = JobState::Failed;
    m_finished = true;
    m_queue.clear();
    emit finished(JobState::Failed);
}

void Job::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    for (const auto &slot : std::as_const(m_slots)) {
        if (slot->ssh)
            slot->ssh->cancel();
    }
    schedule();
}

bool Job::retryFailed()
{
    if (!m_finished || m_id == 0)
        return false;
    bool any = false;
    for (const auto &slot : std::as_const(m_slots)) {
        if (slot->step.state == JobStepState::Failed || slot->step.state == JobStepState::Cancelled) {
            slot->step.state = JobStepState::Pending;
            slot->step.message.clear();
            any = true;
        }
    }
    if (!any)
        return false;
    m_finished = false;
    m_cancelRequested = false;
    m_errorMessage.clear();
    m_state = JobState::Running;
    ++m_runNumber;
    takeOver(m_id);
    if (m_finished)
        return false;
    m_environment.store->setJobState(m_id, JobState::Running);
    loadDevicesAndRun();
    return true;
}

void Job::answerHostKey(qint64 deviceId, bool accept)
{
    if (DeviceSlot *slot = slotOf(deviceId); slot && slot->ssh)
        slot->ssh->answerHostKey(accept);
}

void Job::loadPrevious(const DeviceRun &run, std::function<void(const std::optional<SnapshotRecord> &)> next)
{
    environment()
        .store->latestSnapshot(run.device.id, false)
        .then(this, [this, run, next = std::move(next)](const StoreResult<SnapshotRecord> &latest) {
            if (isCancelRequested()) {
                completeDevice(run.device.id, JobStepState::Cancelled, QStringLiteral("cancelled"));
                return;
            }
            std::optional<SnapshotRecord> previous;
            if (latest.ok())
                previous = latest.value;
            else if (latest.error.code != StoreError::Code::NotFound)
                qCWarning(lcFlows).noquote()
                    << run.device.hostname << ": previous snapshot unreadable:" << latest.error.message;
            next(previous);
        });
}

} // namespace slp
