// The refresh job in-process (the JobManager the GUI uses) against xrsim routers with injected
// faults: each failure is confined to its device, named with its reason, and stores nothing; retry,
// cancel, host-key questions and resume after the process lost the job.
#include "LabFleet.h"
#include "StoreProbe.h"
#include "XrsimProcess.h"

#include "flows/JobManager.h"
#include "flows/RefreshJob.h"
#include "secrets/InMemorySecretStore.h"
#include "ssh/KnownHostsFile.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace slp;
using namespace slp::test;

namespace {

const QString password = QStringLiteral("faults-Password-3");
const QString otherPassword = QStringLiteral("only-r0002-knows-this");
constexpr int fleetSize = 8;

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

} // namespace

class TestRefreshFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wrongPasswordFailsOnlyThatDevice();
    void retryRunsTheFailedDeviceAgain();
    void changedHostKeyIsRefusedAndNothingStored();
    void disconnectMidOutputKeepsThePreviousSnapshot();
    void stallTimesOutWhileOthersProceed();
    void cancelStopsRunningSessions();
    void unknownHostKeyIsAskedAndAnswered();
    void interruptedJobResumesSkippingFinishedDevices();
    void cleanup();

private:
    RefreshJob *refresh(JobManager &manager, const QStringList &hostnames, JobOptions options = {});
    qint64 idOf(const QString &hostname) { return m_ids.value(hostname); }
    JobManagerSettings settings(const QString &knownHosts = {}) const;

    QTemporaryDir m_simDir;
    QTemporaryDir m_dataDir;
    LabFleet m_fleet {fleetSize, password};
    std::unique_ptr<XrsimProcess> m_xrsim;
    std::unique_ptr<StoreProbe> m_probe;
    InMemorySecretStore m_secrets;
    QHash<QString, qint64> m_ids;
};

JobManagerSettings TestRefreshFaults::settings(const QString &knownHosts) const
{
    JobManagerSettings settings;
    settings.knownHostsPath = knownHosts.isEmpty() ? m_dataDir.filePath(QStringLiteral("known_hosts")) : knownHosts;
    settings.defaults.unknownHostKeyPolicy = UnknownHostKeyPolicy::AcceptNew;
    return settings;
}

void TestRefreshFaults::initTestCase()
{
    m_fleet.setRouterPassword(QStringLiteral("r0002"), otherPassword);
    m_xrsim = std::make_unique<XrsimProcess>(m_simDir.path());
    QString error;
    QVERIFY2(m_xrsim->start(m_fleet.fleetJson(), &error), qPrintable(error));
    m_probe = std::make_unique<StoreProbe>(m_dataDir.filePath(QStringLiteral("slp.sqlite")));
    QVERIFY2(m_probe->isOpen(), qPrintable(m_probe->openError()));
    Store &store = m_probe->store();

    CredentialProfile lab;
    lab.name = QStringLiteral("lab");
    lab.username = QStringLiteral("admin");
    lab.secretRef = CredentialProfile::defaultSecretReference(lab.name);
    QVERIFY(wait(store.addCredentialProfile(lab)).ok());
    QVERIFY(wait(m_secrets.write(lab.secretRef, Secret::fromString(password))).ok());
    CredentialProfile other = lab;
    other.name = QStringLiteral("other");
    other.secretRef = CredentialProfile::defaultSecretReference(other.name);
    QVERIFY(wait(store.addCredentialProfile(other)).ok());
    QVERIFY(wait(m_secrets.write(other.secretRef, Secret::fromString(otherPassword))).ok());

    for (const LabRouter &router : m_fleet.routers()) {
        const XrsimEndpoint endpoint = m_xrsim->endpoint(router.hostname);
        DeviceRecord device;
        device.hostname = router.hostname;
        device.address = endpoint.address;
        device.port = endpoint.port;
        device.credentialRef = QStringLiteral("lab");
        const StoreResult<qint64> added = wait(store.addDevice(device));
        QVERIFY2(added.ok(), qPrintable(added.error.message));
        m_ids.insert(router.hostname, added.value);
    }
}

void TestRefreshFaults::cleanup()
{
    for (const LabRouter &router : m_fleet.routers())
        m_xrsim->setFaults(router.hostname, {});
}

RefreshJob *TestRefreshFaults::refresh(JobManager &manager, const QStringList &hostnames, JobOptions options)
{
    QList<qint64> ids;
    for (const QString &hostname : hostnames)
        ids.append(idOf(hostname));
    options.unknownHostKeyPolicy = UnknownHostKeyPolicy::AcceptNew;
    return manager.startRefresh(ids, options);
}

void TestRefreshFaults::wrongPasswordFailsOnlyThatDevice()
{
    JobManager manager(&m_probe->store(), &m_secrets, settings());
    QSignalSpy added(&manager, &JobManager::jobAdded);
    QSignalSpy finished(&manager, &JobManager::jobFinished);
    QSignalSpy steps(&manager, &JobManager::deviceStepChanged);
    QStringList all;
    for (const LabRouter &router : m_fleet.routers())
        all.append(router.hostname);
    RefreshJob *job = refresh(manager, all);
    QVERIFY(waitForSignals(finished, 1, 120000));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().at(1).toString(), QStringLiteral("refresh"));
    QCOMPARE(finished.first().at(0).toLongLong(), job->id());
    QCOMPARE(finished.first().at(1).value<JobState>(), JobState::Failed);
    const JobProgress progress = job->progress();
    QCOMPARE(progress.total, fleetSize);
    QCOMPARE(progress.succeeded, fleetSize - 1);
    QCOMPARE(progress.failed, 1);

    const DeviceStep failed = *job->step(idOf(QStringLiteral("r0002")));
    QCOMPARE(failed.state, JobStepState::Failed);
    QVERIFY2(failed.message.startsWith(QLatin1String("auth rejected: ")), qPrintable(failed.message));
    QCOMPARE(failed.failure, DeviceFailure::Authentication);
    QCOMPARE(job->step(idOf(QStringLiteral("r0001")))->failure, DeviceFailure::None);
    QVERIFY2(failed.message.contains(QLatin1String("r0002")), qPrintable(failed.message));
    QVERIFY(!failed.message.contains(password) && !failed.message.contains(otherPassword));
    // The manager relayed every device's final step, with the job's id.
    int finals = 0;
    for (const QList<QVariant> &signal : std::as_const(steps)) {
        QCOMPARE(signal.at(0).toLongLong(), job->id());
        const DeviceStep step = signal.at(1).value<DeviceStep>();
        finals += step.state == JobStepState::Succeeded || step.state == JobStepState::Failed;
    }
    QCOMPARE(finals, fleetSize);

    const DeviceRecord r0002 = m_probe->device(QStringLiteral("r0002"));
    QCOMPARE(r0002.latestSnapshotId, 0);
    QCOMPARE(r0002.lastError, failed.message);
    QVERIFY(m_probe->device(QStringLiteral("r0001")).latestSnapshotId != 0);
    // The stored steps agree with the job.
    const QList<JobStepRecord> stored = wait(m_probe->store().jobSteps(job->id())).value;
    QCOMPARE(stored.size(), fleetSize);
    for (const JobStepRecord &step : stored)
        QCOMPARE(step.state,
                 step.deviceId == idOf(QStringLiteral("r0002")) ? JobStepState::Failed : JobStepState::Succeeded);
    QCOMPARE(wait(m_probe->store().job(job->id())).value.state, JobState::Failed);
}

void TestRefreshFaults::retryRunsTheFailedDeviceAgain()
{
    JobManager manager(&m_probe->store(), &m_secrets, settings());
    QSignalSpy finished(&manager, &JobManager::jobFinished);
    RefreshJob *job = refresh(manager, {QStringLiteral("r0001"), QStringLiteral("r0002")});
    QVERIFY(waitForSignals(finished, 1, 60000));
    QCOMPARE(job->state(), JobState::Failed);
    QVERIFY(!manager.retryFailed(job->id() + 1000)); // no such live job

    // The admin fixes the device's credential, then retries only what failed.
    DeviceRecord r0002 = m_probe->device(QStringLiteral("r0002"));
    r0002.credentialRef = QStringLiteral("other");
    QVERIFY(wait(m_probe->store().updateDevice(r0002)).ok());
    QSignalSpy snapshots(job, &RefreshJob::snapshotStored);
    QVERIFY(manager.retryFailed(job->id()));
    QVERIFY(waitForSignals(finished, 2, 60000));
    QCOMPARE(job->state(), JobState::Succeeded);
    QCOMPARE(snapshots.size(), 1);
    QCOMPARE(snapshots.first().at(0).toLongLong(), idOf(QStringLiteral("r0002")));
    QCOMPARE(job->step(idOf(QStringLiteral("r0002")))->attempt, 2);
    QCOMPARE(job->step(idOf(QStringLiteral("r0002")))->failure, DeviceFailure::None); // the retry succeeded
    QCOMPARE(job->step(idOf(QStringLiteral("r0001")))->attempt, 1);
    QVERIFY(!manager.retryFailed(job->id())); // nothing failed any more
    QCOMPARE(m_probe->device(QStringLiteral("r0002")).lastError, QString());

    r0002 = m_probe->device(QStringLiteral("r0002"));
    r0002.credentialRef = QStringLiteral("lab");
    QVERIFY(wait(m_probe->store().updateDevice(r0002)).ok());
}

void TestRefreshFaults::changedHostKeyIsRefusedAndNothingStored()
{
    JobManager manager(&m_probe->store(), &m_secrets, settings());
    QSignalSpy finished(&manager, &JobManager::jobFinished);
    const DeviceRecord before = m_probe->device(QStringLiteral("r0003"));
    QVERIFY(before.latestSnapshotId != 0);
    const int snapshotsBefore = m_probe->snapshotCount(before.id);
    QVERIFY(m_xrsim->setFaults(QStringLiteral("r0003"), {{QStringLiteral("hostKeyChanged"), true}}));

    QSignalSpy steps(&manager, &JobManager::deviceStepChanged);
    RefreshJob *job = refresh(manager, {QStringLiteral("r0003"), QStringLiteral("r0004")});
    QVERIFY(waitForSignals(finished, 1, 60000));
    const DeviceStep step = *job->step(before.id);
    QCOMPARE(step.state, JobStepState::Failed);
    // The kind, not the words, says the key changed (the GUI's changed-key dialog reads it).
    QCOMPARE(step.failure, DeviceFailure::HostKeyChanged);
    QCOMPARE(job->step(idOf(QStringLiteral("r0004")))->failure, DeviceFailure::None);
    // ...and the manager's relayed final step carries it too.
    int changedFinals = 0;
    for (const QList<QVariant> &signal : std::as_const(steps)) {
        const DeviceStep relayed = signal.at(1).value<DeviceStep>();
        if (relayed.deviceId == before.id && relayed.state == JobStepState::Failed) {
            QCOMPARE(relayed.failure, DeviceFailure::HostKeyChanged);
            ++changedFinals;
        } else {
            QCOMPARE(relayed.failure, DeviceFailure::None);
        }
    }
    QCOMPARE(changedFinals, 1);
    QVERIFY2(step.message.startsWith(QLatin1String("host key changed: ")), qPrintable(step.message));
    QVERIFY2(step.message.contains(QLatin1String("r0003")), qPrintable(step.message));
    QVERIFY2(step.message.contains(m_xrsim->endpoint(QStringLiteral("r0003")).fingerprint), qPrintable(step.message));
    QVERIFY2(step.message.contains(QLatin1String("slpctl hostkeys forget")), qPrintable(step.message));
    QCOMPARE(job->step(idOf(QStringLiteral("r0004")))->state, JobStepState::Succeeded);

    const DeviceRecord after = m_probe->device(QStringLiteral("r0003"));
    QCOMPARE(after.latestSnapshotId, before.latestSnapshotId);
    QCOMPARE(m_probe->snapshotCount(before.id), snapshotsBefore);
    QCOMPARE(after.hostKeyFingerprint, before.hostKeyFingerprint);
    // The known key stays the only key of the router.
    const KnownHostsFile knownHosts(settings().knownHostsPath);
    const XrsimEndpoint endpoint = m_xrsim->endpoint(QStringLiteral("r0003"));
    int keys = 0;
    for (const KnownHostEntry &entry : knownHosts.entries())
        keys += KnownHostsFile::hostsFieldMatches(entry.hosts, endpoint.address, quint16(endpoint.port));
    QCOMPARE(keys, 1);
}

void TestRefreshFaults::disconnectMidOutputKeepsThePreviousSnapshot()
{
    JobManager manager(&m_probe->store(), &m_secrets, settings());
    QSignalSpy finished(&manager, &JobManager::jobFinished);
    const DeviceRecord before = m_probe->device(QStringLiteral("r0005"));
    const std::optional<SnapshotRecord> previous = m_probe->latest(before.id);
    QVERIFY(previous);
    QVERIFY(m_xrsim->setFaults(QStringLiteral("r0005"), {{QStringLiteral("disconnectAfterBytes"), 700}}));

    RefreshJob *job = refresh(manager, {QStringLiteral("r0005"), QStringLiteral("r0006")});
    QVERIFY(waitForSignals(finished, 1, 60000));
    const DeviceStep step = *job->step(before.id);
    QCOMPARE(step.state, JobStepState::Failed);
    QVERIFY2(step.message.startsWith(QLatin1String("channel closed: ")), qPrintable(step.message));
    QCOMPARE(job->step(idOf(QStringLiteral("r0006")))->state, JobStepState::Succeeded);

    const DeviceRecord after = m_probe->device(QStringLiteral("r0005"));
    QCOMPARE(after.latestSnapshotId, before.latestSnapshotId);
    QCOMPARE(after.lastError, step.message);
    const std::optional<SnapshotRecord> kept = m_probe->latest(before.id);
    QVERIFY(kept);
    QCOMPARE(*kept, *previous);
}

void TestRefreshFaults::stallTimesOutWhileOthersProceed()
{
    JobManager manager(&m_probe->store(), &m_secrets, settings());
    QSignalSpy finished(&manager, &JobManager::jobFinished);
    QVERIFY(m_xrsim->setFaults(QStringLiteral("r0007"), {{QStringLiteral("stallAfterBytes"), 100}}));
    JobOptions options;
    options.parallel = 2;
    options.timeouts.idleMs = 1500;
    QStringList all;
    for (const LabRouter &router : m_fleet.routers())
        all.append(router.hostname);
    all.removeAll(QStringLiteral("r0002"));
    RefreshJob *job = refresh(manager, all, options);
    QVERIFY(waitForSignals(finished, 1, 120000));
    const DeviceStep step = *job->step(idOf(QStringLiteral("r0007")));
    QCOMPARE(step.state, JobStepState::Failed);
    QVERIFY2(step.message.startsWith(QLatin1String("timeout (")), qPrintable(step.message));
    QCOMPARE(step.failure, DeviceFailure::Timeout);
    QCOMPARE(job->progress().succeeded, int(all.size()) - 1);
    QCOMPARE(job->progress().failed, 1);
}

void TestRefreshFaults::cancelStopsRunningSessions()
{
    JobManager manager(&m_probe->store(), &m_secrets, settings());
    QSignalSpy finished(&manager, &JobManager::jobFinished);
    // Slow routers: the job is still talking to them when it is cancelled.
    for (const LabRouter &router : m_fleet.routers())
        QVERIFY(m_xrsim->setFaults(router.hostname, {{QStringLiteral("slowOutputBytesPerSecond"), 200}}));
    JobOptions options;
    options.parallel = 2;
    QStringList all;
    for (const LabRouter &router : m_fleet.routers())
        all.append(router.hostname);
    all.removeAll(QStringLiteral("r0002")); // fails at once: not a cancel
    RefreshJob *job = refresh(manager, all, options);
    QTRY_VERIFY_WITH_TIMEOUT(job->progress().running == 2, 30000);
    const QList<qint64> runningIds = [&] {
        QList<qint64> ids;
        for (const DeviceStep &step : job->steps())
            if (step.state == JobStepState::Running)
                ids.append(step.deviceId);
        return ids;
    }();
    manager.cancel(job->id());
    QVERIFY(waitForSignals(finished, 1, 30000));
    QCOMPARE(finished.first().at(1).value<JobState>(), JobState::Cancelled);
    QCOMPARE(job->progress().cancelled, int(all.size()));
    for (const qint64 id : runningIds)
        QCOMPARE(job->step(id)->message, QStringLiteral("cancelled"));
    for (const JobStepRecord &step : wait(m_probe->store().jobSteps(job->id())).value)
        QCOMPARE(step.state, JobStepState::Cancelled);
    QCOMPARE(wait(m_probe->store().job(job->id())).value.state, JobState::Cancelled);
}

void TestRefreshFaults::unknownHostKeyIsAskedAndAnswered()
{
    const QString knownHosts = m_dataDir.filePath(QStringLiteral("asked_known_hosts"));
    JobManager manager(&m_probe->store(), &m_secrets, settings(knownHosts));
    QSignalSpy finished(&manager, &JobManager::jobFinished);
    QStringList asked;
    connect(&manager, &JobManager::hostKeyQuestion, this,
            [&](qint64 jobId, qint64 deviceId, const SshHostKeyQuestion &question) {
                const QString hostname = m_ids.key(deviceId);
                asked.append(hostname);
                QCOMPARE(question.key.fingerprintSha256(), m_xrsim->endpoint(hostname).fingerprint);
                manager.answerHostKey(jobId, deviceId, hostname == QLatin1String("r0001"));
            });
    JobOptions options;
    options.unknownHostKeyPolicy = UnknownHostKeyPolicy::AskCaller;
    RefreshJob *job = manager.startRefresh({idOf(QStringLiteral("r0001")), idOf(QStringLiteral("r0004"))}, options);
    QVERIFY(waitForSignals(finished, 1, 60000));
    asked.sort();
    QCOMPARE(asked, (QStringList {QStringLiteral("r0001"), QStringLiteral("r0004")}));
    QCOMPARE(job->step(idOf(QStringLiteral("r0001")))->state, JobStepState::Succeeded);
    const DeviceStep refused = *job->step(idOf(QStringLiteral("r0004")));
    QCOMPARE(refused.state, JobStepState::Failed);
    QVERIFY2(refused.message.startsWith(QLatin1String("host key unknown: ")), qPrintable(refused.message));
    QCOMPARE(refused.failure, DeviceFailure::HostKeyUnknown);
    QCOMPARE(KnownHostsFile(knownHosts).entries().size(), 1);
}

void TestRefreshFaults::interruptedJobResumesSkippingFinishedDevices()
{
    QStringList all;
    for (const LabRouter &router : m_fleet.routers())
        all.append(router.hostname);
    all.removeAll(QStringLiteral("r0002"));
    qint64 jobId = 0;
    QList<qint64> doneBefore;
    {
        JobManager manager(&m_probe->store(), &m_secrets, settings());
        for (const QString &hostname : all.mid(3))
            QVERIFY(m_xrsim->setFaults(hostname, {{QStringLiteral("slowOutputBytesPerSecond"), 300}}));
        JobOptions options;
        options.parallel = 2;
        RefreshJob *job = refresh(manager, all, options);
        QTRY_VERIFY_WITH_TIMEOUT(job->progress().succeeded >= 2, 60000);
        jobId = job->id();
        for (const DeviceStep &step : job->steps())
            if (step.state == JobStepState::Succeeded)
                doneBefore.append(step.deviceId);
        // The manager goes away mid-job, as if the process had died.
    }
    cleanup();
    // Give the store thread the writes the old manager queued.
    QCOMPARE(wait(m_probe->store().job(jobId)).value.state, JobState::Running);

    JobManager manager(&m_probe->store(), &m_secrets, settings());
    const StoreResult<QList<JobInfo>> interrupted = wait(manager.interruptedJobs());
    QVERIFY(interrupted.ok());
    QCOMPARE(interrupted.value.size(), 1);
    QCOMPARE(interrupted.value.first().record.id, jobId);
    QVERIFY(interrupted.value.first().interrupted);

    QSignalSpy added(&manager, &JobManager::jobAdded);
    QSignalSpy finished(&manager, &JobManager::jobFinished);
    manager.resume(jobId);
    QVERIFY(waitForSignals(finished, 1, 60000));
    QCOMPARE(added.size(), 1);
    Job *resumed = manager.job(jobId);
    QVERIFY(resumed);
    QCOMPARE(resumed->state(), JobState::Succeeded);
    QCOMPARE(resumed->progress().succeeded, int(all.size()));
    for (const qint64 id : std::as_const(doneBefore))
        QCOMPARE(resumed->step(id)->attempt, 1);
    QVERIFY(wait(manager.interruptedJobs()).value.isEmpty());

    QSignalSpy refused(&manager, &JobManager::jobFailedToStart);
    manager.resume(jobId);
    // The answer may come at once (the store already answered): no wait() for a second signal.
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
    QVERIFY2(refused.first().at(1).toString().contains(QLatin1String("already succeeded")),
             qPrintable(refused.first().at(1).toString()));
}

QTEST_GUILESS_MAIN(TestRefreshFaults)
#include "test_refresh_faults.moc"
