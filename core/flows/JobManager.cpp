#include "JobManager.h"

#include "FlowKinds.h"
#include "FlowsLogging.h"
#include "Job.h"
#include "JobEnvironment.h"
#include "JobLock.h"
#include "RefreshJob.h"
#include "ssh/SshPool.h"
#include "store/AuditEntry.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QPromise>

namespace slp {

namespace {

JobProgress progressOf(const QList<JobStepRecord> &steps)
{
    JobProgress progress;
    for (const JobStepRecord &step : steps)
        if (step.deviceId != 0) // job-level steps are not devices
            progress.add(step.state);
    return progress;
}

} // namespace

JobManager::JobManager(Store *store, SecretStore *secrets, JobManagerSettings settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_settings(std::move(settings))
    // Each job bounds its own sessions (JobOptions::parallel); the pool only caps the total.
    , m_pool(std::make_unique<SshPool>(JobOptions::maxParallel))
    , m_environment(std::make_unique<JobEnvironment>())
{
    qRegisterMetaType<JobProgress>();
    qRegisterMetaType<DeviceStep>();
    qRegisterMetaType<SshHostKeyQuestion>();
    if (m_settings.actor.isEmpty())
        m_settings.actor = AuditEntry::currentActor();
    if (m_settings.lockDirectory.isEmpty())
        m_settings.lockDirectory
            = QFileInfo(m_settings.knownHostsPath).absoluteDir().filePath(QStringLiteral("job-locks"));
    if (m_settings.libraryDirectory.isEmpty())
        m_settings.libraryDirectory
            = QFileInfo(m_settings.knownHostsPath).absoluteDir().filePath(QStringLiteral("library"));
    m_environment->store = m_store;
    m_environment->secrets = m_secrets;
    m_environment->sshPool = m_pool.get();
    m_environment->knownHostsPath = m_settings.knownHostsPath;
    m_environment->actor = m_settings.actor;
    m_environment->lockDirectory = m_settings.lockDirectory;
    m_environment->libraryDirectory = m_settings.libraryDirectory;
    m_environment->cssm = m_settings.cssm;
    registerKind(QString::fromLatin1(RefreshJob::kindName),
                 [](const JobEnvironment &environment, const JobOptions &options, const QJsonObject &) -> Job * {
                     return new RefreshJob(environment, options);
                 });
    registerFlowKinds(*this);
}

JobManager::~JobManager()
{
    // Jobs first (they cancel their SSH jobs), then the pool waits for its workers.
    for (const QPointer<Job> &job : std::as_const(m_jobs))
        delete job.data();
    m_jobs.clear();
    m_pool.reset();
}

const JobEnvironment &JobManager::environment() const
{
    return *m_environment;
}

void JobManager::registerKind(const QString &kind, JobFactory factory)
{
    m_factories.insert(kind, std::move(factory));
}

RefreshJob *JobManager::startRefresh(const QList<qint64> &deviceIds)
{
    return startRefresh(deviceIds, m_settings.defaults);
}

RefreshJob *JobManager::startRefresh(const QList<qint64> &deviceIds, const JobOptions &options)
{
    auto *job = new RefreshJob(*m_environment, options);
    startJob(job, deviceIds);
    return job;
}

Job *JobManager::startJob(Job *job, const QList<qint64> &deviceIds)
{
    adopt(job);
    job->start(deviceIds);
    return job;
}

void JobManager::adopt(Job *job)
{
    job->setParent(this);
    m_jobs.append(job);
    auto announced = std::make_shared<bool>(false);
    connect(job, &Job::started, this, [this, job, announced](qint64 jobId) {
        if (!*announced) {
            *announced = true;
            emit jobAdded(jobId, job->kind());
        }
    });
    connect(job, &Job::progressChanged, this,
            [this, job](const JobProgress &progress) { emit jobProgress(job->id(), progress); });
    connect(job, &Job::deviceStepChanged, this,
            [this, job](const DeviceStep &step) { emit deviceStepChanged(job->id(), step); });
    connect(job, &Job::hostKeyQuestion, this, [this, job](qint64 deviceId, const SshHostKeyQuestion &question) {
        emit hostKeyQuestion(job->id(), deviceId, question);
    });
    connect(job, &Job::finished, this, [this, job, announced](JobState state) {
        if (*announced) {
            emit jobFinished(job->id(), state);
            return;
        }
        // Never ran: nothing to retry, so the manager lets it go.
        m_jobs.removeAll(job);
        emit jobFailedToStart(job->id(), job->errorMessage());
        job->deleteLater();
    });
}

void JobManager::resume(qint64 jobId)
{
    resumeWith(jobId, std::nullopt);
}

void JobManager::resume(qint64 jobId, const JobOptions &options)
{
    resumeWith(jobId, options);
}

void JobManager::resumeWith(qint64 jobId, const std::optional<JobOptions> &explicitOptions)
{
    if (Job *live = job(jobId); live && !live->isFinished()) {
        emit jobFailedToStart(jobId, QStringLiteral("job %1 is already running in this process").arg(jobId));
        return;
    }
    m_store->job(jobId).then(this, [this, jobId, explicitOptions](const StoreResult<JobRecord> &found) {
        if (!found.ok()) {
            emit jobFailedToStart(jobId, found.error.message);
            return;
        }
        const JobRecord &record = found.value;
        if (record.state == JobState::Succeeded) {
            emit jobFailedToStart(jobId, QStringLiteral("job %1 already succeeded: nothing to resume").arg(jobId));
            return;
        }
        const auto factory = m_factories.constFind(record.kind);
        if (factory == m_factories.constEnd()) {
            emit jobFailedToStart(
                jobId,
                QStringLiteral("job %1 is a \"%2\" job, which this version cannot run").arg(jobId).arg(record.kind));
            return;
        }
        const JobOptions options = Job::optionsFromParameters(
            record.parameters, explicitOptions.value_or(m_settings.defaults), !explicitOptions.has_value());
        m_store->jobSteps(jobId).then(
            this, [this, record, options, factory = *factory](const StoreResult<QList<JobStepRecord>> &steps) {
                if (!steps.ok()) {
                    emit jobFailedToStart(record.id, steps.error.message);
                    return;
                }
                // A finished job object of this process is replaced by the resumed one.
                for (const QPointer<Job> &old : std::as_const(m_jobs)) {
                    if (old && old->id() == record.id && old->isFinished()) {
                        m_jobs.removeAll(old);
                        old->deleteLater();
                        break;
                    }
                }
                Job *resumed = factory(*m_environment, options, record.parameters);
                adopt(resumed);
                qCInfo(lcFlows) << "resuming" << record.kind << "job" << record.id;
                resumed->resume(record, steps.value);
            });
    });
}

void JobManager::cancel(qint64 jobId)
{
    if (Job *live = job(jobId))
        live->cancel();
}

bool JobManager::retryFailed(qint64 jobId)
{
    Job *live = job(jobId);
    return live && live->retryFailed();
}

void JobManager::answerHostKey(qint64 jobId, qint64 deviceId, bool accept)
{
    if (Job *live = job(jobId))
        live->answerHostKey(deviceId, accept);
}

void JobManager::cancelAll()
{
    for (const QPointer<Job> &live : std::as_const(m_jobs)) {
        if (live)
            live->cancel();
    }
}

Job *JobManager::job(qint64 jobId) const
{
    for (const QPointer<Job> &live : m_jobs) {
        if (live && live->id() == jobId && jobId != 0)
            return live;
    }
    return nullptr;
}

QList<Job *> JobManager::liveJobs() const
{
    QList<Job *> jobs;
    for (const QPointer<Job> &live : m_jobs) {
        if (live && !live->isFinished())
            jobs.append(live);
    }
    return jobs;
}

QFuture<StoreResult<QList<JobInfo>>> JobManager::listJobs(int limit)
{
    return withProgress(m_store->recentJobs(limit), false);
}

QFuture<StoreResult<QList<JobInfo>>> JobManager::interruptedJobs()
{
    return withProgress(m_store->unfinishedJobs(), true);
}

QFuture<StoreResult<QList<JobInfo>>> JobManager::withProgress(QFuture<StoreResult<QList<JobRecord>>> records,
                                                              bool onlyInterrupted)
{
    using Result = StoreResult<QList<JobInfo>>;
    auto promise = std::make_shared<QPromise<Result>>();
    promise->start();
    QFuture<Result> future = promise->future();
    records.then(this, [this, promise, onlyInterrupted](const StoreResult<QList<JobRecord>> &jobs) {
        if (!jobs.ok()) {
            promise->addResult(Result::failure(jobs.error));
            promise->finish();
            return;
        }
        auto infos = std::make_shared<QList<JobInfo>>();
        for (const JobRecord &record : jobs.value) {
            JobInfo info;
            info.record = record;
            const Job *live = job(record.id);
            info.live = live && !live->isFinished();
            info.interrupted = !isTerminal(record.state) && !info.live
                && !JobLock::isHeldByLiveProcess(m_settings.lockDirectory, record.id);
            if (!onlyInterrupted || info.interrupted)
                infos->append(info);
        }
        if (infos->isEmpty()) {
            promise->addResult(Result::success({}));
            promise->finish();
            return;
        }
        auto remaining = std::make_shared<qsizetype>(infos->size());
        for (qsizetype i = 0; i < infos->size(); ++i) {
            m_store->jobSteps(infos->at(i).record.id)
                .then(this, [this, promise, infos, remaining, i](const StoreResult<QList<JobStepRecord>> &steps) {
                    JobInfo &info = (*infos)[i];
                    const Job *live = job(info.record.id);
                    info.progress = info.live && live ? live->progress() : progressOf(steps.value);
                    if (--*remaining == 0) {
                        promise->addResult(Result::success(*infos));
                        promise->finish();
                    }
                });
        }
    });
    return future;
}

} // namespace slp
