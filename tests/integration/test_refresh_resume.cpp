// kill -9 of slpctl in the middle of a refresh: the database stays consistent (integrity check, no
// device half-written), the job is listed as interrupted, and `slpctl jobs resume` finishes it
// without touching the devices that were already done.
#include "LabFleet.h"
#include "SlpctlRunner.h"
#include "StoreProbe.h"
#include "XrsimProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace slp;
using namespace slp::test;

namespace {

constexpr int fleetSize = 24;
const QString password = QStringLiteral("resume-Password-5");

} // namespace

class TestRefreshResume : public QObject
{
    Q_OBJECT

private slots:
    void killedRefreshResumes();
};

void TestRefreshResume::killedRefreshResumes()
{
    QTemporaryDir simDir;
    QTemporaryDir dataDir;
    LabFleet fleet(fleetSize, password);
    // Slow routers, so that the refresh is surely in the middle when it is killed.
    for (const LabRouter &router : fleet.routers())
        fleet.setRouterFaults(router.hostname, {{QStringLiteral("slowOutputBytesPerSecond"), 4000}});
    XrsimProcess xrsim(simDir.path());
    QString error;
    QVERIFY2(xrsim.start(fleet.fleetJson(), &error), qPrintable(error));
    SlpctlRunner slpctl(dataDir.path(), QStringLiteral("master"));
    QCOMPARE(slpctl
                 .run({QStringLiteral("credentials"), QStringLiteral("add"), QStringLiteral("lab"),
                       QStringLiteral("--username"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                      password.toUtf8())
                 .exitCode,
             0);
    QCOMPARE(slpctl
                 .run({QStringLiteral("devices"), QStringLiteral("import"), QStringLiteral("-")},
                      xrsim.inventoryCsv(QStringLiteral("lab")))
                 .exitCode,
             0);

    QProcess refresh;
    refresh.setProcessEnvironment(slpctl.environment());
    refresh.start(SlpctlRunner::program(),
                  slpctl.globalOptions()
                      + QStringList {QStringLiteral("refresh"), QStringLiteral("--all"),
                                     QStringLiteral("--accept-new-host-keys"), QStringLiteral("--parallel"),
                                     QStringLiteral("4")});
    QVERIFY(refresh.waitForStarted(10000));
    QByteArray printed;
    QElapsedTimer timer;
    timer.start();
    while (printed.count(": ok: ") < 6 && timer.elapsed() < 120000 && refresh.state() == QProcess::Running) {
        refresh.waitForReadyRead(100);
        printed += refresh.readAllStandardOutput();
    }
    QVERIFY2(printed.count(": ok: ") >= 6, printed.constData());
    refresh.kill(); // SIGKILL: no cleanup of any kind
    QVERIFY(refresh.waitForFinished(10000));
    QCOMPARE(refresh.exitStatus(), QProcess::CrashExit);

    qint64 jobId = 0;
    QHash<qint64, JobStepState> stepsBefore;
    QHash<qint64, int> attemptsBefore;
    {
        StoreProbe probe(slpctl.databasePath());
        QVERIFY2(probe.isOpen(), qPrintable(probe.openError()));
        QCOMPARE(probe.integrity(), QStringLiteral("ok"));
        const QList<JobRecord> jobs = probe.store().recentJobs(5).result().value;
        QCOMPARE(jobs.size(), 1);
        jobId = jobs.first().id;
        QCOMPARE(jobs.first().state, JobState::Running);
        for (const JobStepRecord &step : probe.store().jobSteps(jobId).result().value) {
            stepsBefore.insert(step.deviceId, step.state);
            attemptsBefore.insert(step.deviceId, step.attempt);
        }
        // Some devices were talking to their router when the process died.
        QVERIFY(std::count(stepsBefore.cbegin(), stepsBefore.cend(), JobStepState::Running) > 0);
        // Every device holds either nothing or a whole snapshot of this job, in step with its job step.
        int whole = 0;
        for (const DeviceOverview &entry : probe.overview()) {
            const LabRouter *expected = fleet.router(entry.device.hostname);
            const bool stepSucceeded = stepsBefore.value(entry.device.id) == JobStepState::Succeeded;
            if (entry.device.latestSnapshotId == 0) {
                QVERIFY2(!stepSucceeded, qPrintable(entry.device.hostname));
                continue;
            }
            QVERIFY2(stepSucceeded, qPrintable(entry.device.hostname));
            const std::optional<SnapshotRecord> snapshot = probe.latest(entry.device.id);
            QVERIFY(snapshot);
            QCOMPARE(snapshot->summary.jobId, jobId);
            QCOMPARE(snapshot->summary.udi, expected->udi);
            QCOMPARE(snapshot->usage.size(), expected->licenseCount);
            QCOMPARE(snapshot->rawOutputs.size(), 7);
            ++whole;
        }
        QVERIFY2(whole >= 6 && whole < fleetSize, qPrintable(QString::number(whole)));
    }

    const SlpctlRunner::Result listed
        = slpctl.run({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonObject listedJob = QJsonDocument::fromJson(listed.out).array().first().toObject();
    QCOMPARE(listedJob.value(QStringLiteral("state")).toString(), QStringLiteral("interrupted"));
    QCOMPARE(listedJob.value(QStringLiteral("devices")).toInt(), fleetSize);

    for (const LabRouter &router : fleet.routers())
        QVERIFY(xrsim.setFaults(router.hostname, {}));
    const int doneBefore = int(std::count(stepsBefore.cbegin(), stepsBefore.cend(), JobStepState::Succeeded));
    const SlpctlRunner::Result resumed = slpctl.run({QStringLiteral("jobs"), QStringLiteral("resume")});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
    QVERIFY2(resumed.out.contains(QStringLiteral("resuming refresh job %1: %2 device(s) already done, %3 to go")
                                      .arg(jobId)
                                      .arg(doneBefore)
                                      .arg(fleetSize - doneBefore)
                                      .toUtf8()),
             qPrintable(resumed.describe()));
    QVERIFY2(resumed.out.contains(QStringLiteral("%1 of %1 device(s) succeeded").arg(fleetSize).toUtf8()),
             qPrintable(resumed.describe()));

    StoreProbe probe(slpctl.databasePath());
    QCOMPARE(probe.integrity(), QStringLiteral("ok"));
    QCOMPARE(probe.store().job(jobId).result().value.state, JobState::Succeeded);
    for (const JobStepRecord &step : probe.store().jobSteps(jobId).result().value) {
        QCOMPARE(step.state, JobStepState::Succeeded);
        // Done before the kill: not run again. The others ran once more.
        const bool doneAlready = stepsBefore.value(step.deviceId) == JobStepState::Succeeded;
        QCOMPARE(step.attempt, attemptsBefore.value(step.deviceId) + (doneAlready ? 0 : 1));
        QCOMPARE(probe.snapshotCount(step.deviceId), 1);
    }
    QCOMPARE(slpctl.run({QStringLiteral("jobs"), QStringLiteral("resume")}).out, QByteArray("no interrupted job\n"));
}

QTEST_GUILESS_MAIN(TestRefreshResume)
#include "test_refresh_resume.moc"
