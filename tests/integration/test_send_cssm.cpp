// Send to CSSM (online) over real SSH (xrsim) and real HTTPS (cssmsim): slpctl cssm configure/show/test,
// the online cycle of a 20-router fleet, 5xx answers and a lost answer (nothing lost, nothing twice),
// a wrong-host certificate (nothing sent, the certificate named), a report CSSM rejects (the report and
// the device named), and kill -9 in the middle of a send followed by `slpctl jobs resume`.
#include "CssmSimProcess.h"
#include "LabFleet.h"
#include "SlpctlRunner.h"
#include "StoreProbe.h"
#include "XrsimProcess.h"

#include "cssm/CssmClient.h"
#include "flows/JobManager.h"
#include "flows/SendToCssmJob.h"
#include "secrets/EncryptedFileSecretStore.h"
#include "store/CssmSettingsStore.h"
#include "store/ReportLibrary.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace slp;
using namespace slp::test;

namespace {

const QString password = QStringLiteral("send-Password-7");
const QString master = QStringLiteral("send-master");

template<typename T> T waitFor(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

// One lab: xrsim routers known to a fresh slpctl database (credentials, inventory, one refresh), and
// cssmsim reading the same fleet file.
struct Lab
{
    QTemporaryDir simDir;
    QTemporaryDir dataDir;
    LabFleet fleet;
    XrsimProcess xrsim;
    CssmSimProcess cssmsim;
    SlpctlRunner slpctl;

    explicit Lab(int routers)
        : fleet(routers, password)
        , xrsim(simDir.path())
        , slpctl(dataDir.path(), master)
    { }

    // Empty on success. `cssmFleet`: the fleet cssmsim verifies signatures with (default: xrsim's).
    QString start(const QStringList &cssmArguments, const QJsonObject &cssmFleet = {})
    {
        QString error;
        if (!xrsim.start(fleet.fleetJson(), &error))
            return error;
        const QString fleetPath = QDir(simDir.path()).filePath(QStringLiteral("cssm-fleet.json"));
        QFile file(fleetPath);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QJsonDocument(cssmFleet.isEmpty() ? fleet.fleetJson() : cssmFleet).toJson()) < 0)
            return QStringLiteral("cannot write %1").arg(fleetPath);
        file.close();
        QStringList arguments = QStringList {QStringLiteral("--fleet"), fleetPath} + cssmArguments;
        if (!arguments.contains(QStringLiteral("--poll-interval"))) // 1 s, scaled by 0.2 (configure)
            arguments += {QStringLiteral("--poll-interval"), QStringLiteral("1")};
        if (QString problem = cssmsim.start(arguments); !problem.isEmpty())
            return problem;
        const auto expect
            = [](const SlpctlRunner::Result &result) { return result.exitCode == 0 ? QString() : result.describe(); };
        if (QString e = expect(
                slpctl.run({QStringLiteral("credentials"), QStringLiteral("add"), QStringLiteral("lab"),
                            QStringLiteral("--username"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                           password.toUtf8()));
            !e.isEmpty())
            return e;
        if (QString e = expect(slpctl.run({QStringLiteral("devices"), QStringLiteral("import"), QStringLiteral("-")},
                                          xrsim.inventoryCsv(QStringLiteral("lab"))));
            !e.isEmpty())
            return e;
        if (QString e = expect(slpctl.run({QStringLiteral("refresh"), QStringLiteral("--all"),
                                           QStringLiteral("--accept-new-host-keys"), QStringLiteral("--quiet")}));
            !e.isEmpty())
            return e;
        return configure(cssmsim);
    }

    QString configure(const CssmSimProcess &server)
    {
        const SlpctlRunner::Result configured
            = slpctl.run({QStringLiteral("cssm"), QStringLiteral("configure"), QStringLiteral("--base-url"),
                          server.ready().value(QStringLiteral("baseUrl")).toString(), QStringLiteral("--token-url"),
                          server.ready().value(QStringLiteral("tokenUrl")).toString(), QStringLiteral("--client-id"),
                          server.ready().value(QStringLiteral("clientId")).toString(), QStringLiteral("--ca-bundle"),
                          server.ready().value(QStringLiteral("caFile")).toString(), QStringLiteral("--proxy"),
                          QStringLiteral("none"), QStringLiteral("--poll-interval-scale"), QStringLiteral("0.2"),
                          QStringLiteral("--client-secret-stdin")},
                         server.clientSecret() + '\n');
        return configured.exitCode == 0 ? QString() : configured.describe();
    }

    QJsonObject cssmState() const { return cssmsim.control(); }
    // Requests cssmsim handled on endpoints whose path contains `fragment` (injected faults not counted).
    int requestsTo(const QString &fragment) const
    {
        const QJsonObject requests = cssmState().value(QStringLiteral("requests")).toObject();
        int count = 0;
        for (auto it = requests.begin(); it != requests.end(); ++it) {
            if (it.key().contains(fragment))
                count += it.value().toInt();
        }
        return count;
    }
    int reportUsageRequests() const { return requestsTo(QStringLiteral("reportusage")); }
    int reportsAccepted() const { return cssmState().value(QStringLiteral("reportsAccepted")).toInt(); }
};

// The RUM rows of the library by state, read from slpctl's database.
QHash<QString, int> rumStates(const QString &databasePath)
{
    StoreProbe probe(databasePath);
    QHash<QString, int> states;
    ReportLibrary library(probe.store(), QString());
    LibraryFilter filter;
    filter.kind = LibraryFileKind::Rum;
    for (const LibraryFile &file : waitFor(library.list(filter)).value)
        ++states[toText(file.state)];
    return states;
}

int reportCount(const QString &databasePath, LibraryFileKind kind)
{
    StoreProbe probe(databasePath);
    ReportLibrary library(probe.store(), QString());
    LibraryFilter filter;
    filter.kind = kind;
    int reports = 0;
    for (const LibraryFile &file : waitFor(library.list(filter)).value)
        reports += kind == LibraryFileKind::Rum ? int(file.reportIds.size()) : 1;
    return reports;
}

} // namespace

class TestSendCssm : public QObject
{
    Q_OBJECT

private slots:
    void cssmTestCommand();
    void noCssmConfigured();
    void onlineCycle();
    void serverErrorsAndLostAnswer();
    void wrongHostCertificate();
    void rejectedReportNamed();
    void killedSendResumes();
    void unansweredSubmissionResent();
    void changedLibraryFileNamed();
    void cancelWhileWaitingForCssm();
};

void TestSendCssm::cssmTestCommand()
{
    QTemporaryDir dataDir;
    SlpctlRunner slpctl(dataDir.path(), master);
    CssmSimProcess good;
    QString problem = good.start({});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    CssmSimProcess wrongHost;
    problem = wrongHost.start({QStringLiteral("--certificate"), QStringLiteral("wrong-host")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const QByteArray secret = good.clientSecret();
    SlpctlRunner::Result result
        = slpctl.run({QStringLiteral("cssm"), QStringLiteral("configure"), QStringLiteral("--base-url"),
                      good.ready().value(QStringLiteral("baseUrl")).toString(), QStringLiteral("--token-url"),
                      good.ready().value(QStringLiteral("tokenUrl")).toString(), QStringLiteral("--client-id"),
                      good.ready().value(QStringLiteral("clientId")).toString(), QStringLiteral("--ca-bundle"),
                      good.ready().value(QStringLiteral("caFile")).toString(), QStringLiteral("--proxy"),
                      QStringLiteral("none"), QStringLiteral("--client-secret-stdin")},
                     secret + '\n');
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    result = slpctl.run({QStringLiteral("cssm"), QStringLiteral("test")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(result.out.contains("OAuth token granted, license summary read"), qPrintable(result.describe()));

    result = slpctl.run({QStringLiteral("cssm"), QStringLiteral("show"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject shown = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(shown.value(QStringLiteral("clientId")).toString(),
             good.ready().value(QStringLiteral("clientId")).toString());
    QCOMPARE(shown.value(QStringLiteral("configured")).toBool(), true);
    QCOMPARE(shown.value(QStringLiteral("clientSecretReference")).toString(), QStringLiteral("cssm/client-secret"));
    QVERIFY(!result.out.contains(secret));
    // The secret is in the encrypted secrets file, not in the database.
    QFile database(slpctl.databasePath());
    QVERIFY(database.open(QIODevice::ReadOnly));
    QVERIFY(!database.readAll().contains(secret));

    // The same client pointed at a server whose certificate names another host.
    result = slpctl.run({QStringLiteral("cssm"), QStringLiteral("configure"), QStringLiteral("--base-url"),
                         wrongHost.ready().value(QStringLiteral("baseUrl")).toString(), QStringLiteral("--token-url"),
                         wrongHost.ready().value(QStringLiteral("tokenUrl")).toString(), QStringLiteral("--ca-bundle"),
                         wrongHost.ready().value(QStringLiteral("caFile")).toString()});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    result = slpctl.run({QStringLiteral("cssm"), QStringLiteral("test")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("wrong-host.cssmsim.invalid"), qPrintable(result.describe()));
    QVERIFY2(result.err.contains("SHA-256 fingerprint"), qPrintable(result.describe()));

    // Bad input names the option.
    result = slpctl.run({QStringLiteral("cssm"), QStringLiteral("configure"), QStringLiteral("--base-url"),
                         QStringLiteral("http://plain.example/")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("--base-url"), qPrintable(result.describe()));
}

void TestSendCssm::noCssmConfigured()
{
    QTemporaryDir dataDir;
    SlpctlRunner slpctl(dataDir.path(), master);
    QCOMPARE(
        slpctl
            .run({QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("pe1"), QStringLiteral("--address"),
                  QStringLiteral("127.0.0.1"), QStringLiteral("--username"), QStringLiteral("admin")})
            .exitCode,
        0);
    const SlpctlRunner::Result result = slpctl.run({QStringLiteral("send"), QStringLiteral("--all")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("slpctl cssm configure"), qPrintable(result.describe()));
}

void TestSendCssm::onlineCycle()
{
    constexpr int routers = 20;
    Lab lab(routers);
    const QString problem = lab.start({});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QHash<QString, SnapshotSummary> before;
    {
        StoreProbe probe(lab.slpctl.databasePath());
        for (const DeviceOverview &entry : probe.overview())
            before.insert(entry.device.hostname, probe.latest(entry.device.id, false)->summary);
    }
    QElapsedTimer elapsed;
    elapsed.start();
    const SlpctlRunner::Result sent = lab.slpctl.run({QStringLiteral("send"), QStringLiteral("--all")});
    qInfo("slpctl send --all, %d routers: %lld ms", routers, static_cast<long long>(elapsed.elapsed()));
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
    QVERIFY2(sent.out.contains(QStringLiteral("%1 of %1 device(s) succeeded").arg(routers).toUtf8()),
             qPrintable(sent.describe()));

    StoreProbe probe(lab.slpctl.databasePath());
    QCOMPARE(probe.integrity(), QStringLiteral("ok"));
    for (const DeviceOverview &entry : probe.overview()) {
        const SnapshotSummary now = probe.latest(entry.device.id, false)->summary;
        const SnapshotSummary &was = before[entry.device.hostname];
        const QString name = entry.device.hostname;
        QVERIFY2(now.lastAck.isValid() && (!was.lastAck.isValid() || now.lastAck > was.lastAck), qPrintable(name));
        QVERIFY2(!was.nextAckDeadline.isValid() || now.nextAckDeadline > was.nextAckDeadline, qPrintable(name));
        // The submission is in the device's audit log next to its router commands.
        bool audited = false;
        for (const AuditEntry &audit : probe.audit(entry.device.id))
            audited = audited
                || (audit.action == QLatin1String("send") && audit.command.startsWith(QLatin1String("CSSM reportusage"))
                    && audit.outcome == QLatin1String("ok") && audit.detail.startsWith(QLatin1String("poll ")));
        QVERIFY2(audited, qPrintable(name));
    }
    // One submission; every collected report accepted once; all rows acknowledged, one ACK per router.
    QCOMPARE(lab.reportUsageRequests(), 1);
    const int reports = reportCount(lab.slpctl.databasePath(), LibraryFileKind::Rum);
    QVERIFY(reports >= routers);
    QCOMPARE(lab.reportsAccepted(), reports);
    const QHash<QString, int> states = rumStates(lab.slpctl.databasePath());
    QCOMPARE(states.value(QStringLiteral("acknowledged")), routers);
    QCOMPARE(states.size(), 1);
    QCOMPARE(reportCount(lab.slpctl.databasePath(), LibraryFileKind::Ack), routers);

    // The OAuth client secret is nowhere but in the encrypted secrets file: not in the database, the
    // library, the logs or the output.
    const QByteArray secret = lab.cssmsim.clientSecret();
    QVERIFY(!sent.out.contains(secret) && !sent.err.contains(secret));
    QDirIterator files(lab.slpctl.dataDir(), QDir::Files, QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        if (QFileInfo(path).absoluteFilePath() == QFileInfo(lab.slpctl.secretsPath()).absoluteFilePath())
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret), qPrintable(path));
        ++scanned;
    }
    QVERIFY(scanned > routers); // the database and the library's files at least
}

void TestSendCssm::serverErrorsAndLostAnswer()
{
    constexpr int routers = 4;
    Lab lab(routers);
    const QString problem = lab.start({});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // In process, so that the OAuth token is fetched before the faults: they then hit reportusage.
    Store store;
    QVERIFY(waitFor(store.open(lab.slpctl.databasePath())).ok());
    EncryptedFileSecretStore secrets(lab.slpctl.secretsPath(), Secret::fromString(master));
    const std::optional<CssmSettings> settings = waitFor(CssmSettingsStore(store).load()).value;
    QVERIFY(settings);
    CssmSettings fast = *settings;
    fast.backoffInitialMs = 50;
    fast.backoffMaxMs = 200;
    CssmClient client(fast, &secrets);
    CssmRequestJob *warm = client.licenseSummary();
    QSignalSpy warmed(warm, &CssmRequestJob::finished);
    QVERIFY(warmed.wait(30000));
    QVERIFY2(warm->error().ok(), qPrintable(warm->error().message));

    // Two 503 answers to reportusage, then success: one submission, retried with the same bytes.
    lab.cssmsim.control({{QStringLiteral("failNext"), 2}, {QStringLiteral("failStatus"), 503}});
    JobManagerSettings managerSettings;
    managerSettings.knownHostsPath = lab.slpctl.knownHostsPath();
    managerSettings.cssm = &client;
    JobManager manager(&store, &secrets, managerSettings);
    QList<qint64> ids;
    for (const DeviceRecord &device : waitFor(store.devices()).value)
        ids.append(device.id);
    auto *job = new SendToCssmJob(manager.environment(), JobOptions());
    QSignalSpy finished(job, &Job::finished);
    manager.startJob(job, ids);
    QVERIFY(finished.wait(60000));
    QCOMPARE(job->state(), JobState::Succeeded);
    for (const DeviceStep &step : job->steps())
        QVERIFY2(step.state == JobStepState::Succeeded, qPrintable(step.deviceName + u": " + step.message));

    const int reports = reportCount(lab.slpctl.databasePath(), LibraryFileKind::Rum);
    QCOMPARE(lab.reportsAccepted(), reports);
    // Both 503s were spent on reportusage (the token was cached before), and it was handled once.
    QCOMPARE(
        lab.cssmState().value(QStringLiteral("faultsPending")).toObject().value(QStringLiteral("failNext")).toInt(), 0);
    QCOMPARE(lab.reportUsageRequests(), 1);

    // Second round: the answer to reportusage is lost; nothing is counted twice. (Routers stamp
    // `Last ACK received` to the second: the new ACK must come in a later second to be seen moving.)
    QTest::qWait(1100);
    lab.cssmsim.control({{QStringLiteral("dropAfterNext"), 1}});
    auto *again = new SendToCssmJob(manager.environment(), JobOptions());
    QSignalSpy againFinished(again, &Job::finished);
    manager.startJob(again, ids);
    QVERIFY(againFinished.wait(60000));
    for (const DeviceStep &step : again->steps())
        QVERIFY2(step.state == JobStepState::Succeeded, qPrintable(step.deviceName + u": " + step.message));
    QCOMPARE(lab.cssmState()
                 .value(QStringLiteral("faultsPending"))
                 .toObject()
                 .value(QStringLiteral("dropAfterNext"))
                 .toInt(),
             0);
    QCOMPARE(lab.reportsAccepted(), reportCount(lab.slpctl.databasePath(), LibraryFileKind::Rum));
    QCOMPARE(rumStates(lab.slpctl.databasePath()).value(QStringLiteral("acknowledged")), 2 * routers);
}

void TestSendCssm::wrongHostCertificate()
{
    Lab lab(3);
    const QString problem = lab.start({QStringLiteral("--certificate"), QStringLiteral("wrong-host")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const SlpctlRunner::Result sent = lab.slpctl.run({QStringLiteral("send"), QStringLiteral("--all")});
    QCOMPARE(sent.exitCode, 1);
    QVERIFY2(sent.out.contains("wrong-host.cssmsim.invalid"), qPrintable(sent.describe()));
    QVERIFY2(sent.out.contains("SHA-256 fingerprint"), qPrintable(sent.describe()));
    QVERIFY2(sent.out.contains("not sent to CSSM"), qPrintable(sent.describe()));
    QCOMPARE(lab.reportUsageRequests(), 0);
    QCOMPARE(lab.reportsAccepted(), 0);
    // The collected reports wait in the library for the next send.
    const QHash<QString, int> states = rumStates(lab.slpctl.databasePath());
    QCOMPARE(states.value(QStringLiteral("collected")), 3);
    QCOMPARE(states.size(), 1);
}

void TestSendCssm::rejectedReportNamed()
{
    Lab lab(4);
    // cssmsim believes another key for router 2: its reports fail signature verification.
    QJsonObject cssmFleet = lab.fleet.fleetJson();
    QJsonArray routers = cssmFleet.value(QStringLiteral("routers")).toArray();
    QJsonObject odd = routers.at(1).toObject();
    odd.insert(QStringLiteral("signingKey"), QStringLiteral("ffeeddccbbaa99887766554433221100"));
    routers.replace(1, odd);
    cssmFleet.insert(QStringLiteral("routers"), routers);
    const QString problem = lab.start({}, cssmFleet);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString culprit = lab.fleet.routers().at(1).hostname;
    const QString culpritUdi = lab.fleet.routers().at(1).udi;

    const SlpctlRunner::Result sent = lab.slpctl.run({QStringLiteral("send"), QStringLiteral("--all")});
    QCOMPARE(sent.exitCode, 1);
    const QString out = QString::fromUtf8(sent.out);
    // "<culprit>: FAILED: CSSM rejected report <id> of <culprit> (<udi>): signature verification failed"
    QVERIFY2(out.contains(QStringLiteral("CSSM rejected report ")), qPrintable(sent.describe()));
    QVERIFY2(out.contains(QStringLiteral(" of %1 (%2): signature verification failed").arg(culprit, culpritUdi)),
             qPrintable(sent.describe()));
    QCOMPARE(lab.reportsAccepted(), 0);
    const QHash<QString, int> states = rumStates(lab.slpctl.databasePath());
    QCOMPARE(states.value(QStringLiteral("failed")), 1);
    QCOMPARE(states.value(QStringLiteral("collected")), 3);
}

void TestSendCssm::killedSendResumes()
{
    constexpr int routers = 5;
    Lab lab(routers);
    // CSSM answers "not yet" to the first 30 polls (0.2 s apart): time to kill the send mid-way.
    const QString problem = lab.start({QStringLiteral("--pending-polls"), QStringLiteral("30")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QProcess send;
    send.setProcessEnvironment(lab.slpctl.environment());
    send.start(SlpctlRunner::program(),
               lab.slpctl.globalOptions() + QStringList {QStringLiteral("send"), QStringLiteral("--all")});
    QVERIFY(send.waitForStarted(10000));
    // Wait until CSSM took the submission and was polled (the poll id is stored before polling).
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000 && lab.requestsTo(QStringLiteral("poll")) < 2 && send.state() == QProcess::Running)
        QTest::qWait(100);
    QVERIFY2(lab.requestsTo(QStringLiteral("poll")) >= 2,
             QByteArray(send.readAllStandardOutput() + send.readAllStandardError()).constData());
    send.kill();
    QVERIFY(send.waitForFinished(10000));
    QCOMPARE(send.exitStatus(), QProcess::CrashExit);
    QCOMPARE(lab.reportUsageRequests(), 1);
    const int reports = reportCount(lab.slpctl.databasePath(), LibraryFileKind::Rum);
    QCOMPARE(lab.reportsAccepted(), reports);
    QCOMPARE(rumStates(lab.slpctl.databasePath()).value(QStringLiteral("sent")), routers);

    const SlpctlRunner::Result listed
        = lab.slpctl.run({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonObject job = QJsonDocument::fromJson(listed.out).array().first().toObject();
    QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("send"));
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("interrupted"));
    const QString jobId = QString::number(job.value(QStringLiteral("id")).toInteger());
    const SlpctlRunner::Result resumed = lab.slpctl.run({QStringLiteral("jobs"), QStringLiteral("resume"), jobId});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
    // The same submission was polled again: no second reportusage, every report accepted once.
    QCOMPARE(lab.reportUsageRequests(), 1);
    QCOMPARE(lab.reportsAccepted(), reports);
    QCOMPARE(reportCount(lab.slpctl.databasePath(), LibraryFileKind::Rum), reports);
    const QHash<QString, int> states = rumStates(lab.slpctl.databasePath());
    QCOMPARE(states.value(QStringLiteral("acknowledged")), routers);
    QCOMPARE(states.size(), 1);
}

void TestSendCssm::unansweredSubmissionResent()
{
    constexpr int routers = 3;
    Lab lab(routers);
    const QString problem = lab.start({});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    Store store;
    QVERIFY(waitFor(store.open(lab.slpctl.databasePath())).ok());
    EncryptedFileSecretStore secrets(lab.slpctl.secretsPath(), Secret::fromString(master));
    CssmSettings fast = *waitFor(CssmSettingsStore(store).load()).value;
    fast.backoffInitialMs = 50;
    fast.backoffMaxMs = 200;
    CssmClient client(fast, &secrets);
    CssmRequestJob *warm = client.licenseSummary();
    QSignalSpy warmed(warm, &CssmRequestJob::finished);
    QVERIFY(warmed.wait(30000));

    // CSSM takes the reports but every answer to reportusage is lost (all attempts): the job cannot
    // know its poll id. The rows stay "sent" with the nonce.
    lab.cssmsim.control({{QStringLiteral("dropAfterNext"), 1000}});
    JobManagerSettings managerSettings;
    managerSettings.knownHostsPath = lab.slpctl.knownHostsPath();
    managerSettings.cssm = &client;
    JobManager manager(&store, &secrets, managerSettings);
    QList<qint64> ids;
    for (const DeviceRecord &device : waitFor(store.devices()).value)
        ids.append(device.id);
    auto *job = new SendToCssmJob(manager.environment(), JobOptions());
    QSignalSpy finished(job, &Job::finished);
    manager.startJob(job, ids);
    QVERIFY(finished.wait(60000));
    QCOMPARE(job->state(), JobState::Failed);
    for (const DeviceStep &step : job->steps())
        QVERIFY2(step.message.contains(QStringLiteral("sends the same submission again")),
                 qPrintable(step.deviceName + u": " + step.message));
    const int reports = reportCount(lab.slpctl.databasePath(), LibraryFileKind::Rum);
    QCOMPARE(lab.reportsAccepted(), reports); // taken once, although no answer arrived
    QCOMPARE(rumStates(lab.slpctl.databasePath()).value(QStringLiteral("sent")), routers);

    // Resume: the same nonce goes again and CSSM answers the first submission's poll.
    lab.cssmsim.control({{QStringLiteral("dropAfterNext"), 0}});
    const qint64 jobId = job->id();
    QSignalSpy resumed(&manager, &JobManager::jobFinished);
    manager.resume(jobId);
    QVERIFY(resumed.wait(60000));
    QCOMPARE(waitFor(store.job(jobId)).value.state, JobState::Succeeded);
    QCOMPARE(lab.reportsAccepted(), reports);
    QCOMPARE(reportCount(lab.slpctl.databasePath(), LibraryFileKind::Rum), reports);
    const QHash<QString, int> states = rumStates(lab.slpctl.databasePath());
    QCOMPARE(states.value(QStringLiteral("acknowledged")), routers);
    QCOMPARE(states.size(), 1);
}

void TestSendCssm::changedLibraryFileNamed()
{
    constexpr int routers = 3;
    Lab lab(routers);
    const QString problem = lab.start({});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Collected but not sent yet; then one stored file is changed on disk.
    const SlpctlRunner::Result collected = lab.slpctl.run({QStringLiteral("collect"), QStringLiteral("--all")});
    QVERIFY2(collected.exitCode == 0, qPrintable(collected.describe()));
    const QString victim = lab.fleet.routers().at(0).hostname;
    LibraryFile changed;
    {
        StoreProbe probe(lab.slpctl.databasePath());
        const qint64 deviceId = probe.device(victim).id;
        const QList<LibraryFile> files
            = waitFor(ReportLibrary(probe.store(), QString()).files(deviceId, LibraryFileKind::Rum)).value;
        QCOMPARE(files.size(), 1);
        changed = files.first();
    }
    const QString path = QDir(QDir(lab.slpctl.dataDir()).filePath(QStringLiteral("library"))).filePath(changed.path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadWrite), qPrintable(path));
    QByteArray bytes = file.readAll();
    bytes.replace(bytes.size() / 2, 1, bytes.at(bytes.size() / 2) == 'A' ? "B" : "A");
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    // The router stamps its usage file to the second: wait for the fresh file to differ from the old.
    QTest::qWait(1100);
    // The send leaves the changed file out (marked failed, named on the device's line) and sends the
    // router's fresh file, which repeats the unacknowledged reports: each report id goes once.
    const SlpctlRunner::Result sent = lab.slpctl.run({QStringLiteral("send"), QStringLiteral("--all")});
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
    const QString out = QString::fromUtf8(sent.out);
    QVERIFY2(out.contains(QStringLiteral("%1: ok: ").arg(victim)), qPrintable(sent.describe()));
    QVERIFY2(out.contains(QStringLiteral("left out: Library file %1 (rum, %2) was changed on disk")
                              .arg(changed.id)
                              .arg(changed.fileName)),
             qPrintable(sent.describe()));
    const QHash<QString, int> states = rumStates(lab.slpctl.databasePath());
    // Every row acknowledged: the changed file's reports were acknowledged through the fresh file (Import
    // ACK marks RUM rows by the report ids an ACK acknowledges); each distinct report reached CSSM once.
    QCOMPARE(states.value(QStringLiteral("acknowledged")), 2 * routers);
    QCOMPARE(states.size(), 1);
    StoreProbe probe(lab.slpctl.databasePath());
    QSet<QString> distinct;
    LibraryFilter filter;
    filter.kind = LibraryFileKind::Rum;
    for (const LibraryFile &row : waitFor(ReportLibrary(probe.store(), QString()).list(filter)).value) {
        for (const QString &reportId : row.reportIds)
            distinct.insert(row.udi + u'/' + reportId);
    }
    QCOMPARE(lab.reportsAccepted(), int(distinct.size()));
}

void TestSendCssm::cancelWhileWaitingForCssm()
{
    constexpr int routers = 2;
    Lab lab(routers);
    const QString problem = lab.start({QStringLiteral("--pending-polls"), QStringLiteral("100000")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    Store store;
    QVERIFY(waitFor(store.open(lab.slpctl.databasePath())).ok());
    EncryptedFileSecretStore secrets(lab.slpctl.secretsPath(), Secret::fromString(master));
    CssmClient client(*waitFor(CssmSettingsStore(store).load()).value, &secrets);
    JobManagerSettings managerSettings;
    managerSettings.knownHostsPath = lab.slpctl.knownHostsPath();
    managerSettings.cssm = &client;
    JobManager manager(&store, &secrets, managerSettings);
    QList<qint64> ids;
    for (const DeviceRecord &device : waitFor(store.devices()).value)
        ids.append(device.id);
    auto *job = new SendToCssmJob(manager.environment(), JobOptions());
    QSignalSpy submitted(job, &SendToCssmJob::submitted);
    QSignalSpy finished(job, &Job::finished);
    manager.startJob(job, ids);
    QVERIFY(submitted.wait(60000));
    const QString pollId = submitted.first().first().toString();
    job->cancel();
    QVERIFY(finished.wait(30000));
    QCOMPARE(job->state(), JobState::Cancelled);
    for (const DeviceStep &step : job->steps()) {
        QCOMPARE(step.state, JobStepState::Cancelled);
        QVERIFY2(step.message.contains(QStringLiteral("poll %1").arg(pollId)), qPrintable(step.message));
    }
    // CSSM has the reports: the rows keep "sent" and the poll id for a resume to poll.
    StoreProbe probe(lab.slpctl.databasePath());
    LibraryFilter filter;
    filter.kind = LibraryFileKind::Rum;
    const QList<LibraryFile> rows = waitFor(ReportLibrary(probe.store(), QString()).list(filter)).value;
    QCOMPARE(rows.size(), routers);
    for (const LibraryFile &row : rows) {
        QCOMPARE(row.state, LibraryFileState::Sent);
        QCOMPARE(row.pollId, pollId);
    }
}

QTEST_GUILESS_MAIN(TestSendCssm)
#include "test_send_cssm.moc"
