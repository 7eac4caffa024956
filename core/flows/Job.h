#pragma once

#include "DeviceStep.h"
#include "JobEnvironment.h"
#include "JobOptions.h"
#include "JobProgress.h"
#include "ssh/SshHostKeyQuestion.h"
#include "ssh/SshJob.h"
#include "ssh/SshJobResult.h"
#include "ssh/SshJobSpec.h"
#include "ssh/SshStep.h"
#include "ssh/SshTarget.h"
#include "store/DeviceRecord.h"
#include "store/JobRecord.h"
#include "store/JobStepRecord.h"
#include "store/SnapshotRecord.h"
#include "store/StoreError.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace slp {

class CredentialResolver;
class JobLock;

// One flow run over many devices (DESIGN.md "Job"), the framework every flow reuses: the job and one
// step per device live in the store (jobs, job_steps), so that a crash or kill -9 can be resumed;
// devices are worked on with bounded parallelism; progress per device and overall; cancel reaches
// the running SSH sessions; failed devices can be retried; every router command goes to the audit log.
//
// A Job lives in the thread that created it (the GUI thread or slpctl's main thread) and never
// blocks it: SSH runs on SshPool's workers, the store on its own thread. Jobs are created and started
// by the JobManager; subclasses (RefreshJob, ...) only say what to do on one device.
class Job : public QObject
{
    Q_OBJECT
public:
    ~Job() override; // cancels what still runs

    qint64 id() const { return m_id; } // 0 until the store created the job (started())
    QString kind() const { return m_kind; }
    JobState state() const { return m_state; }
    const JobOptions &options() const { return m_options; }
    JobProgress progress() const;
    // One entry per device, in the order the devices were given.
    QList<DeviceStep> steps() const;
    std::optional<DeviceStep> step(qint64 deviceId) const;
    bool isFinished() const { return m_finished; }
    // Why the job could not start or finish cleanly (store failure, lock held); empty otherwise.
    QString errorMessage() const { return m_errorMessage; }

    // The options a stored job runs with again: `base`, with the stored parallelism and timeouts
    // when `useStored`, and AcceptNew host keys when the job was started with that consent.
    static JobOptions optionsFromParameters(const QJsonObject &parameters, JobOptions base, bool useStored);

    // --- Driven by the JobManager ---
    // Creates the job in the store with a pending step per device, then works through them.
    void start(const QList<qint64> &deviceIds);
    // Takes over an interrupted job: devices whose step succeeded (or was skipped) are left alone,
    // every other device runs again as a new attempt.
    void resume(const JobRecord &record, const QList<JobStepRecord> &steps);

public slots:
    // Stops the job: devices not started yet are cancelled, running SSH sessions are cancelled
    // (within ~50 ms), devices already storing their result finish. Then finished(Cancelled).
    void cancel();
    // Once finished: runs the failed and cancelled devices again. False (and nothing happens) while
    // the job runs or when no device failed.
    bool retryFailed();
    // The answer to hostKeyQuestion(): true trusts the key (it is recorded in known_hosts).
    void answerHostKey(qint64 deviceId, bool accept);

signals:
    // The job exists in the store (id() is valid) and runs.
    void started(qint64 jobId);
    void progressChanged(const slp::JobProgress &progress);
    void deviceStepChanged(const slp::DeviceStep &step);
    // Only with UnknownHostKeyPolicy::AskCaller: the device waits for answerHostKey().
    void hostKeyQuestion(qint64 deviceId, const slp::SshHostKeyQuestion &question);
    // Every device is done and stored: Succeeded when all succeeded, Cancelled after cancel(),
    // else Failed. Also emitted (Failed, errorMessage()) when the job could not start at all.
    void finished(slp::JobState state);

protected:
    // The device whose turn came, with its credentials resolved into `target`.
    struct DeviceRun
    {
        DeviceRecord device;
        SshTarget target;
        int attempt = 0;
    };

    Job(QString kind, JobEnvironment environment, JobOptions options, QObject *parent);

    // Does the work on one device and ends with completeDevice() (exactly once, on this thread).
    virtual void startDevice(const DeviceRun &run) = 0;
    // Writes a device's final step and whatever must be stored with it, in ONE store transaction.
    // The default writes the step alone.
    virtual QFuture<StoreError> persistOutcome(const DeviceRecord &device, const JobStepRecord &step);
    // Stored with the job so that resume() can rebuild it; never secrets.
    virtual QJsonObject parameters() const;
    // False for a run that works from the store alone (e.g. a bundle of reports already collected):
    // devices then start without credentials (DeviceRun::target stays empty) and do not count
    // against options().parallel, so that they may wait for each other.
    virtual bool connectsToDevices() const { return true; }

    // Runs `steps` over one SSH session to the device (bounded by options().parallel across the job),
    // writes one audit entry per command, then calls `done` on this thread (also on error or cancel).
    void runSsh(const DeviceRun &run, const QList<SshStep> &steps, std::function<void(const SshJobResult &)> done);
    // What the device is doing now (shown while running).
    void setActivity(qint64 deviceId, const QString &message);
    // `failure` reaches DeviceStep::failure (for a Failed step whose cause is known).
    // Reads the device's latest stored snapshot (null when it has none or it is unreadable, which is
    // logged), then calls `next` on this thread; a job cancelled meanwhile completes the device as
    // cancelled instead. Flows use it for the UDI the console knows the device by and for the usage
    // history compliance needs.
    void loadPrevious(const DeviceRun &run, std::function<void(const std::optional<SnapshotRecord> &)> next);
    void completeDevice(qint64 deviceId, JobStepState state, const QString &message,
                        DeviceFailure failure = DeviceFailure::None);
    // Ends the device because its SSH session failed: Cancelled for a cancel, else Failed with
    // describeSshFailure() as the message and deviceFailureOf() as the step's failure kind.
    void failDeviceWithSsh(qint64 deviceId, const SshError &error);
    bool isCancelRequested() const { return m_cancelRequested; }
    // "auth rejected: <the SSH layer's message>", "timeout (idle): ...": the failure class first, so
    // that a list of failed devices can be scanned by eye and grepped.
    static QString describeSshFailure(const SshError &error);
    const JobEnvironment &environment() const { return m_environment; }

private:
    struct DeviceSlot;

    void startNow(const QList<qint64> &deviceIds);
    void resumeNow(const JobRecord &record, const QList<JobStepRecord> &steps);
    void takeOver(qint64 jobId);
    void loadDevicesAndRun();
    void schedule();
    void startNext(DeviceSlot &slot);
    void onCredentials(qint64 deviceId, int runNumber);
    void finishSsh(qint64 deviceId, SshJob *sshJob, const std::function<void(const SshJobResult &)> &done);
    void auditCommands(const DeviceSlot &slot, const SshJobSpec &spec, const SshJobResult &result);
    void persistStep(DeviceSlot &slot);
    void changeStep(DeviceSlot &slot, JobStepState state, const QString &message,
                    DeviceFailure failure = DeviceFailure::None);
    void maybeFinish();
    void fail(const QString &message);
    DeviceSlot *slotOf(qint64 deviceId);
    const DeviceSlot *slotOf(qint64 deviceId) const;

    const QString m_kind;
    const JobEnvironment m_environment;
    const JobOptions m_options;
    qint64 m_id = 0;
    JobState m_state = JobState::Pending;
    bool m_finished = false;
    bool m_cancelRequested = false;
    bool m_finishing = false;
    QString m_errorMessage;
    QList<std::shared_ptr<DeviceSlot>> m_slots; // device order
    QHash<qint64, std::shared_ptr<DeviceSlot>> m_slotById;
    QList<qint64> m_queue; // devices waiting for their turn
    int m_connecting = 0; // devices between their turn and the end of their SSH session
    int m_unfinished = 0; // devices started whose final step is not stored yet
    int m_runNumber = 0; // start/resume/retry count, so stale callbacks of an earlier run are ignored
    std::unique_ptr<CredentialResolver> m_credentials;
    std::unique_ptr<JobLock> m_lock;
};

} // namespace slp
