#pragma once

#include "DeviceStep.h"
#include "JobInfo.h"
#include "JobOptions.h"
#include "ssh/SshHostKeyQuestion.h"
#include "ssh/SshJob.h"
#include "store/StoreResult.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace slp {

class CssmClient;
class Job;
class RefreshJob;
class SecretStore;
class SshPool;
class Store;
struct JobEnvironment;

struct JobManagerSettings
{
    QString knownHostsPath; // required: the application's own known_hosts file
    // Where running jobs keep their lock files; empty: "job-locks" in the known_hosts file's folder.
    QString lockDirectory;
    QString actor; // who the audit log names; empty: the OS user (AuditEntry::currentActor())
    // The report library folder; empty: "library" in the known_hosts file's folder.
    QString libraryDirectory;
    CssmClient *cssm = nullptr; // for the online flows; may be null (see JobEnvironment::cssm)
    JobOptions defaults; // options of jobs started without their own
};

// Starts, tracks, cancels, retries and resumes jobs for the GUI and slpctl alike. Lives in the
// caller's thread and never blocks it; every job's signals are re-emitted here with its id so that a
// view can follow all jobs through one object.
//
// Host keys: with UnknownHostKeyPolicy::AskCaller an unknown key becomes hostKeyQuestion(); answer it
// with answerHostKey(). A changed key is always refused: the device fails with a message naming the
// host, the old and the new fingerprint and how to resolve it (`slpctl hostkeys forget`).
class JobManager : public QObject
{
    Q_OBJECT
public:
    // `store` must be open; `secrets` holds the credential profiles' secrets. Both outlive the manager.
    JobManager(Store *store, SecretStore *secrets, JobManagerSettings settings, QObject *parent = nullptr);
    ~JobManager() override; // cancels running jobs and waits for their SSH sessions to end

    const JobManagerSettings &settings() const { return m_settings; }
    void setDefaultOptions(const JobOptions &options) { m_settings.defaults = options; }

    // Refreshes the license state of these devices (inventory ids). The job is returned at once; its
    // id is known when jobAdded() arrives.
    RefreshJob *startRefresh(const QList<qint64> &deviceIds);
    RefreshJob *startRefresh(const QList<qint64> &deviceIds, const JobOptions &options);

    // For flows other than refresh: hands a job built with environment() to the manager and starts it.
    Job *startJob(Job *job, const QList<qint64> &deviceIds);
    // Builds a job of `kind` for resume(); flows register themselves (RefreshJob is built in).
    using JobFactory = std::function<Job *(const JobEnvironment &, const JobOptions &, const QJsonObject &parameters)>;
    void registerKind(const QString &kind, JobFactory factory);
    const JobEnvironment &environment() const;

    // Resumes an interrupted job (see JobInfo::interrupted), or re-runs the failed devices of a job
    // that ended: devices whose step succeeded are skipped. jobAdded() follows, or jobFailedToStart()
    // naming why (unknown id, succeeded already, run by another process). Without options the job runs
    // as it was started (parallelism, timeouts); a job started with AcceptNew host keys keeps that
    // consent either way.
    void resume(qint64 jobId);
    void resume(qint64 jobId, const JobOptions &options);

    void cancel(qint64 jobId);
    bool retryFailed(qint64 jobId);
    void answerHostKey(qint64 jobId, qint64 deviceId, bool accept);
    void cancelAll();

    // A job running in this process, or null.
    Job *job(qint64 jobId) const;
    QList<Job *> liveJobs() const;
    bool isBusy() const { return !liveJobs().isEmpty(); }

    // The newest `limit` jobs with their progress, live and interrupted flags.
    QFuture<StoreResult<QList<JobInfo>>> listJobs(int limit = 50);
    // Jobs pending or running in the store that no process works on: candidates for resume().
    QFuture<StoreResult<QList<JobInfo>>> interruptedJobs();

signals:
    void jobAdded(qint64 jobId, const QString &kind);
    void jobProgress(qint64 jobId, const slp::JobProgress &progress);
    void deviceStepChanged(qint64 jobId, const slp::DeviceStep &step);
    void hostKeyQuestion(qint64 jobId, qint64 deviceId, const slp::SshHostKeyQuestion &question);
    void jobFinished(qint64 jobId, slp::JobState state);
    // `jobId` is 0 when the job could not even be created (the store refused).
    void jobFailedToStart(qint64 jobId, const QString &message);

private:
    void resumeWith(qint64 jobId, const std::optional<JobOptions> &options);
    void adopt(Job *job);
    QFuture<StoreResult<QList<JobInfo>>> withProgress(QFuture<StoreResult<QList<JobRecord>>> records,
                                                      bool onlyInterrupted);

    Store *m_store;
    SecretStore *m_secrets;
    JobManagerSettings m_settings;
    std::unique_ptr<SshPool> m_pool;
    std::unique_ptr<JobEnvironment> m_environment;
    QHash<QString, JobFactory> m_factories;
    QList<QPointer<Job>> m_jobs; // live, in start order
};

} // namespace slp
