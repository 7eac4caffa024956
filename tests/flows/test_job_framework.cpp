// The Job framework without SSH: a scripted job shows how steps, progress, credentials, retry,
// cancel and resume behave and what reaches the store.
#include "flows/Job.h"
#include "flows/JobLock.h"
#include "flows/JobManager.h"
#include "secrets/InMemorySecretStore.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace slp;

namespace {

// Waits with the event loop running: the JobManager's futures continue on this thread.
template<typename T> T wait(QFuture<T> future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return future.result();
}

// Waits until `spy` saw `count` signals: a signal may also have come before the wait began.
bool waitForSignals(QSignalSpy &spy, int count = 1, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (spy.size() < count && timer.elapsed() < timeoutMs)
        spy.wait(int(std::max<qint64>(1, timeoutMs - timer.elapsed())));
    return spy.size() >= count;
}

// Ends each device as the script says ("ok", "fail", "hold": wait for release()), a moment later.
class ScriptedJob : public Job
{
public:
    ScriptedJob(const JobEnvironment &environment, const JobOptions &options)
        : Job(QStringLiteral("scripted"), environment, options, nullptr)
    { }

    QHash<QString, QString> script; // hostname -> outcome
    QList<DeviceRun> runs; // what startDevice() received, in order
    int peakInFlight = 0;

    void release(const QString &hostname)
    {
        for (const DeviceRun &run : std::as_const(m_held)) {
            if (run.device.hostname == hostname) {
                --m_inFlight;
                completeDevice(run.device.id, JobStepState::Succeeded, QStringLiteral("released"));
            }
        }
    }

protected:
    void startDevice(const DeviceRun &run) override
    {
        runs.append(run);
        peakInFlight = std::max(peakInFlight, ++m_inFlight);
        const QString outcome = script.value(run.device.hostname, QStringLiteral("ok"));
        if (outcome == QLatin1String("hold")) {
            m_held.append(run);
            return;
        }
        QTimer::singleShot(5, this, [this, run, outcome] {
            --m_inFlight;
            if (outcome == QLatin1String("ok"))
                completeDevice(run.device.id, JobStepState::Succeeded, QStringLiteral("done"));
            else
                completeDevice(run.device.id, JobStepState::Failed, QStringLiteral("scripted failure"));
        });
    }

private:
    QList<DeviceRun> m_held;
    int m_inFlight = 0;
};

} // namespace

class TestJobFramework : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void storesStepsAndReportsProgress();
    void boundsTheDevicesInFlight();
    void missingCredentialsFailTheDeviceWithAHint();
    void unknownDeviceIdRefusesTheJob();
    void retryRunsOnlyFailedDevices();
    void cancelStopsQueuedDevices();
    void resumeSkipsSucceededDevices();
    void lockShowsWhetherAProcessRunsTheJob();

private:
    ScriptedJob *makeJob(JobOptions options = {});
    QList<qint64> ids(const QStringList &hostnames) const;

    QTemporaryDir m_dir;
    Store m_store;
    InMemorySecretStore m_secrets;
    std::unique_ptr<JobManager> m_manager;
    QHash<QString, qint64> m_ids;
};

void TestJobFramework::initTestCase()
{
    QVERIFY(wait(m_store.open(m_dir.filePath(QStringLiteral("jobs.sqlite")))).ok());
    CredentialProfile profile;
    profile.name = QStringLiteral("lab");
    profile.username = QStringLiteral("admin");
    profile.secretRef = CredentialProfile::defaultSecretReference(profile.name);
    QVERIFY(wait(m_store.addCredentialProfile(profile)).ok());
    QVERIFY(wait(m_secrets.write(profile.secretRef, Secret::fromString(QStringLiteral("pw-1")))).ok());
    CredentialProfile empty = profile;
    empty.name = QStringLiteral("nosecret");
    empty.secretRef = CredentialProfile::defaultSecretReference(empty.name);
    QVERIFY(wait(m_store.addCredentialProfile(empty)).ok());
    for (int i = 1; i <= 6; ++i) {
        DeviceRecord device;
        device.hostname = QStringLiteral("d%1").arg(i);
        device.address = QStringLiteral("192.0.2.%1").arg(i);
        device.credentialRef = i == 6 ? QStringLiteral("nosecret") : QStringLiteral("lab");
        const StoreResult<qint64> added = wait(m_store.addDevice(device));
        QVERIFY(added.ok());
        m_ids.insert(device.hostname, added.value);
    }
}

void TestJobFramework::init()
{
    JobManagerSettings settings;
    settings.knownHostsPath = m_dir.filePath(QStringLiteral("known_hosts"));
    m_manager = std::make_unique<JobManager>(&m_store, &m_secrets, settings);
}

ScriptedJob *TestJobFramework::makeJob(JobOptions options)
{
    return new ScriptedJob(m_manager->environment(), options);
}

QList<qint64> TestJobFramework::ids(const QStringList &hostnames) const
{
    QList<qint64> list;
    for (const QString &hostname : hostnames)
        list.append(m_ids.value(hostname));
    return list;
}

void TestJobFramework::storesStepsAndReportsProgress()
{
    ScriptedJob *job = makeJob();
    job->script.insert(QStringLiteral("d2"), QStringLiteral("fail"));
    QSignalSpy progress(m_manager.get(), &JobManager::jobProgress);
    QSignalSpy finished(m_manager.get(), &JobManager::jobFinished);
    m_manager->startJob(job, ids({QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d3")}));
    QVERIFY(waitForSignals(finished, 1, 10000));
    QCOMPARE(finished.first().at(1).value<JobState>(), JobState::Failed);

    // The credentials reached the device work, resolved from the profile and the secret store.
    QCOMPARE(job->runs.size(), 3);
    QCOMPARE(job->runs.first().target.username, QStringLiteral("admin"));
    QCOMPARE(job->runs.first().target.credentials.password, QStringLiteral("pw-1"));
    QCOMPARE(job->runs.first().target.host, QStringLiteral("192.0.2.1"));

    const JobProgress last = progress.last().at(1).value<JobProgress>();
    QCOMPARE(last, (JobProgress {3, 0, 0, 2, 1, 0, 0}));
    QCOMPARE(last.percent(), 100);
    const QList<DeviceStep> steps = job->steps();
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(0).deviceName, QStringLiteral("d1"));
    QCOMPARE(steps.at(1).state, JobStepState::Failed);
    QCOMPARE(steps.at(1).message, QStringLiteral("scripted failure"));

    const JobRecord record = wait(m_store.job(job->id())).value;
    QCOMPARE(record.kind, QStringLiteral("scripted"));
    QCOMPARE(record.state, JobState::Failed);
    QCOMPARE(record.parameters.value(QStringLiteral("parallel")).toInt(), 16);
    const QList<JobStepRecord> stored = wait(m_store.jobSteps(job->id())).value;
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored.at(1).state, JobStepState::Failed);
    QCOMPARE(stored.at(1).attempt, 1);
    QCOMPARE(stored.at(2).state, JobStepState::Succeeded);
    QCOMPARE(stored.at(2).message, QStringLiteral("done"));

    const StoreResult<QList<JobInfo>> listed = wait(m_manager->listJobs(1));
    QCOMPARE(listed.value.size(), 1);
    QCOMPARE(listed.value.first().progress.failed, 1);
    QVERIFY(!listed.value.first().interrupted);
}

void TestJobFramework::boundsTheDevicesInFlight()
{
    JobOptions options;
    options.parallel = 2;
    ScriptedJob *job = makeJob(options);
    QSignalSpy finished(job, &Job::finished);
    m_manager->startJob(job,
                        ids({QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d3"), QStringLiteral("d4"),
                             QStringLiteral("d5")}));
    QVERIFY(waitForSignals(finished, 1, 10000));
    QCOMPARE(job->peakInFlight, 2);
    QCOMPARE(job->state(), JobState::Succeeded);
}

void TestJobFramework::missingCredentialsFailTheDeviceWithAHint()
{
    ScriptedJob *job = makeJob();
    QSignalSpy finished(job, &Job::finished);
    m_manager->startJob(job, ids({QStringLiteral("d6")}));
    QVERIFY(waitForSignals(finished, 1, 10000));
    QCOMPARE(job->runs.size(), 0); // never reached the device work
    const DeviceStep step = job->steps().constFirst();
    QCOMPARE(step.state, JobStepState::Failed);
    QVERIFY2(step.message.contains(QLatin1String("no secret is stored for credential profile \"nosecret\"")),
             qPrintable(step.message));
    QVERIFY(step.message.contains(QLatin1String("slpctl credentials add nosecret")));
}

void TestJobFramework::unknownDeviceIdRefusesTheJob()
{
    ScriptedJob *job = makeJob();
    QSignalSpy refused(m_manager.get(), &JobManager::jobFailedToStart);
    m_manager->startJob(job, {m_ids.value(QStringLiteral("d1")), 4242});
    QVERIFY(waitForSignals(refused, 1, 10000));
    QCOMPARE(refused.first().at(0).toLongLong(), 0);
    QCOMPARE(refused.first().at(1).toString(), QStringLiteral("no device with id 4242 in the inventory"));
}

void TestJobFramework::retryRunsOnlyFailedDevices()
{
    ScriptedJob *job = makeJob();
    job->script.insert(QStringLiteral("d1"), QStringLiteral("fail"));
    QSignalSpy finished(job, &Job::finished);
    m_manager->startJob(job, ids({QStringLiteral("d1"), QStringLiteral("d2")}));
    QVERIFY(waitForSignals(finished, 1, 10000));
    QCOMPARE(job->state(), JobState::Failed);
    job->script.insert(QStringLiteral("d1"), QStringLiteral("ok"));
    QVERIFY(m_manager->retryFailed(job->id()));
    QVERIFY(waitForSignals(finished, 2, 10000));
    QCOMPARE(job->state(), JobState::Succeeded);
    QCOMPARE(job->runs.size(), 3); // d1, d2, then d1 again
    QCOMPARE(job->runs.last().device.hostname, QStringLiteral("d1"));
    QCOMPARE(job->runs.last().attempt, 2);
    QCOMPARE(wait(m_store.job(job->id())).value.state, JobState::Succeeded);
    QVERIFY(!job->retryFailed());
}

void TestJobFramework::cancelStopsQueuedDevices()
{
    JobOptions options;
    options.parallel = 1;
    ScriptedJob *job = makeJob(options);
    job->script.insert(QStringLiteral("d1"), QStringLiteral("hold"));
    QSignalSpy finished(job, &Job::finished);
    m_manager->startJob(job, ids({QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d3")}));
    QTRY_COMPARE_WITH_TIMEOUT(job->runs.size(), 1, 10000);
    job->cancel();
    QCOMPARE(job->progress().cancelled, 2); // the queued ones at once
    QVERIFY(!job->isFinished()); // d1 is still working
    job->release(QStringLiteral("d1"));
    QVERIFY(waitForSignals(finished, 1, 10000));
    QCOMPARE(job->state(), JobState::Cancelled);
    QCOMPARE(job->step(m_ids.value(QStringLiteral("d2")))->message, QStringLiteral("cancelled before it started"));
    const QList<JobStepRecord> stored = wait(m_store.jobSteps(job->id())).value;
    QCOMPARE(stored.at(0).state, JobStepState::Succeeded);
    QCOMPARE(stored.at(1).state, JobStepState::Cancelled);
    QCOMPARE(wait(m_store.job(job->id())).value.state, JobState::Cancelled);
}

void TestJobFramework::resumeSkipsSucceededDevices()
{
    m_manager->registerKind(QStringLiteral("scripted"),
                            [](const JobEnvironment &environment, const JobOptions &options, const QJsonObject &) {
                                return new ScriptedJob(environment, options);
                            });
    qint64 jobId = 0;
    {
        JobOptions options;
        options.parallel = 1;
        ScriptedJob *job = makeJob(options);
        job->script.insert(QStringLiteral("d2"), QStringLiteral("hold"));
        m_manager->startJob(job, ids({QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d3")}));
        QTRY_COMPARE_WITH_TIMEOUT(job->runs.size(), 2, 10000);
        jobId = job->id();
        QVERIFY(JobLock::isHeldByLiveProcess(m_manager->settings().lockDirectory, jobId));
        // The process "dies": the job object goes, the store still says running.
        m_manager.reset();
    }
    QVERIFY(!JobLock::isHeldByLiveProcess(m_dir.filePath(QStringLiteral("job-locks")), jobId));
    init();
    m_manager->registerKind(QStringLiteral("scripted"),
                            [](const JobEnvironment &environment, const JobOptions &options, const QJsonObject &) {
                                return new ScriptedJob(environment, options);
                            });
    const QList<JobInfo> interrupted = wait(m_manager->interruptedJobs()).value;
    QCOMPARE(interrupted.size(), 1);
    QCOMPARE(interrupted.first().record.id, jobId);
    QCOMPARE(interrupted.first().progress.succeeded, 1);

    QSignalSpy finished(m_manager.get(), &JobManager::jobFinished);
    m_manager->resume(jobId);
    QVERIFY(waitForSignals(finished, 1, 10000));
    auto *resumed = static_cast<ScriptedJob *>(m_manager->job(jobId));
    QVERIFY(resumed);
    QCOMPARE(resumed->state(), JobState::Succeeded);
    QStringList rerun;
    for (const auto &run : std::as_const(resumed->runs))
        rerun.append(run.device.hostname);
    QCOMPARE(rerun, (QStringList {QStringLiteral("d2"), QStringLiteral("d3")}));
    QCOMPARE(resumed->step(m_ids.value(QStringLiteral("d2")))->attempt, 2);
    QCOMPARE(resumed->step(m_ids.value(QStringLiteral("d1")))->attempt, 1);
}

void TestJobFramework::lockShowsWhetherAProcessRunsTheJob()
{
    const QString directory = m_dir.filePath(QStringLiteral("locks"));
    {
        JobLock lock(directory, 77);
        QString error;
        QVERIFY(lock.acquire(&error));
        QVERIFY(JobLock::isHeldByLiveProcess(directory, 77));
        JobLock second(directory, 77);
        QVERIFY(!second.acquire(&error));
        QVERIFY2(error.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(error));
    }
    QVERIFY(!JobLock::isHeldByLiveProcess(directory, 77));
    // A lock file left by a process that no longer exists (kill -9) does not count.
    QFile stale(JobLock::lockPath(directory, 78));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("2147483000\nslpctl\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    stale.close();
    QVERIFY(!JobLock::isHeldByLiveProcess(directory, 78));
}

QTEST_GUILESS_MAIN(TestJobFramework)
#include "test_job_framework.moc"
