// Trust establishment and transport configuration in-process (the JobManager the GUI and slpctl use)
// over real SSH to xrsim, ID tokens from the secret store and from cssmsim over real HTTPS:
// trust installed and verified, the token never stored or audited, a router clock more than an hour
// off refused with nothing sent, --force, transport applied and verified, and a commit that does
// not take rolled back to the settings read before.
#include "DeviceFlowLab.h"

#include "cssm/CssmClient.h"
#include "cssm/CssmResults.h"
#include "flows/JobManager.h"
#include "flows/TransportJob.h"
#include "flows/TransportPlan.h"
#include "flows/TrustJob.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace slp;
using namespace slp::test;

namespace {

const QString healthy = QStringLiteral("r0001"); // trust installed
const QString dueSoon = QStringLiteral("r0002");
const QString overdue = QStringLiteral("r0003");
const QString neverReported = QStringLiteral("r0004");
const QString noTrust = QStringLiteral("r0005");

} // namespace

class TestTrustTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trustFromTheSecretStoreIsInstalledAndNeverStored();
    void clockSkewFailsWithNothingSent();
    void installedTrustNeedsForce();
    void transportIsAppliedAndVerified();
    void transportThatDoesNotTakeIsRolledBack();
    void failedJobResumesFromItsParameters();
    void planSendsOnlyWhatChanges();

private:
    QString cssmToken();

    DeviceFlowLab m_lab {5, {}};
    qint64 m_rolledBackJob = 0;
};

void TestTrustTransport::initTestCase()
{
    const QString problem = m_lab.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QString TestTrustTransport::cssmToken()
{
    CssmRequestJob *job = m_lab.cssm()->createIdToken(QStringLiteral("test"), 1, false);
    QSignalSpy finished(job, &CssmRequestJob::finished);
    if (!finished.wait(20000) || !job->error().ok())
        return {};
    return cssmresults::createdIdToken(job->json()).token;
}

void TestTrustTransport::trustFromTheSecretStoreIsInstalledAndNeverStored()
{
    const QString token = cssmToken();
    QVERIFY(!token.isEmpty());
    const QString reference = QStringLiteral("idtoken/lab");
    QVERIFY(SecretStore::waitFor(m_lab.secrets().write(reference, Secret::fromString(token))).ok());
    QCOMPARE(m_lab.routerState(noTrust)
                 .value(QStringLiteral("trust"))
                 .toObject()
                 .value(QStringLiteral("activeInstalledAt"))
                 .toDouble(),
             0.0);

    auto *job = new TrustJob(m_lab.manager().environment(), {}, {reference, false, false});
    QSignalSpy activity(job, &Job::deviceStepChanged);
    QCOMPARE(m_lab.run(job, {noTrust}), JobState::Succeeded);
    // What the GUI and slpctl's progress line show while the device works: never the token.
    bool trustShown = false;
    for (const QList<QVariant> &signal : std::as_const(activity)) {
        const QString message = signal.at(0).value<DeviceStep>().message;
        QVERIFY2(!message.contains(token), qPrintable(message));
        trustShown = trustShown || message == QLatin1String("license smart trust idtoken <redacted> all");
    }
    QVERIFY(trustShown);
    QVERIFY2(DeviceFlowLab::messageOf(*job, m_lab.idOf(noTrust)).contains(QLatin1String("trust code installed")),
             qPrintable(DeviceFlowLab::messageOf(*job, m_lab.idOf(noTrust))));
    // The refreshed snapshot says so (compliance follows it).
    const std::optional<SnapshotRecord> latest = m_lab.probe().latest(m_lab.idOf(noTrust));
    QVERIFY(latest);
    QCOMPARE(latest->summary.trustInstalled, std::optional<bool>(true));
    QCOMPARE(latest->summary.jobId, job->id());

    // The token is nowhere in the database: not in the job's parameters, not in the audit log.
    const StoreResult<JobRecord> record = waitWithEvents(m_lab.store().job(job->id()));
    QVERIFY(record.ok());
    const QByteArray parameters = QJsonDocument(record.value.parameters).toJson();
    QVERIFY(parameters.contains(reference.toUtf8()));
    QVERIFY(!parameters.contains(token.toUtf8()));
    const QStringList audited = m_lab.auditCommands(noTrust);
    QVERIFY(audited.contains(QStringLiteral("license smart trust idtoken <redacted> all")));
    for (const QString &command : audited)
        QVERIFY2(!command.contains(token), qPrintable(command));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile database(m_lab.databasePath() + suffix);
        if (database.open(QIODevice::ReadOnly))
            QVERIFY2(!database.readAll().contains(token.toUtf8()), qPrintable(database.fileName()));
    }
}

void TestTrustTransport::clockSkewFailsWithNothingSent()
{
    QVERIFY(m_lab.xrsim().setFaults(neverReported, {{QStringLiteral("clockOffsetSeconds"), 7260}}));
    const int auditedBefore = int(m_lab.auditCommands(neverReported).size());
    auto *job = new TrustJob(m_lab.manager().environment(), {}, {QString(), true, true});
    QCOMPARE(m_lab.run(job, {neverReported}), JobState::Failed);
    const QString message = DeviceFlowLab::messageOf(*job, m_lab.idOf(neverReported));
    QVERIFY2(message.contains(QLatin1String("2 h 0")) && message.contains(QLatin1String("ahead of"))
                 && message.contains(QLatin1String("nothing was sent")),
             qPrintable(message));
    // Only `show clock` reached the router.
    const QStringList audited = m_lab.auditCommands(neverReported);
    QCOMPARE(audited.size(), auditedBefore + 1);
    QCOMPARE(audited.first(), QStringLiteral("show clock"));
    QVERIFY(m_lab.xrsim().setFaults(neverReported, {}));
}

void TestTrustTransport::installedTrustNeedsForce()
{
    // The token comes from CSSM (--from-cssm); without force the router keeps its trust code.
    auto *plain = new TrustJob(m_lab.manager().environment(), {}, {QString(), true, false});
    QCOMPARE(m_lab.run(plain, {healthy}), JobState::Failed);
    const QString refused = DeviceFlowLab::messageOf(*plain, m_lab.idOf(healthy));
    QVERIFY2(refused.contains(QLatin1String("refused the ID token")), qPrintable(refused));
    const QJsonValue installedBefore = m_lab.routerState(healthy)
                                           .value(QStringLiteral("trust"))
                                           .toObject()
                                           .value(QStringLiteral("activeInstalledAt"));

    auto *forced = new TrustJob(m_lab.manager().environment(), {}, {QString(), true, true});
    QCOMPARE(m_lab.run(forced, {healthy}), JobState::Succeeded);
    QVERIFY(m_lab.auditCommands(healthy).contains(QStringLiteral("license smart trust idtoken <redacted> all force")));
    const QJsonValue installedAfter = m_lab.routerState(healthy)
                                          .value(QStringLiteral("trust"))
                                          .toObject()
                                          .value(QStringLiteral("activeInstalledAt"));
    QVERIFY2(installedAfter != installedBefore, "the forced install replaced the trust code");
}

void TestTrustTransport::transportIsAppliedAndVerified()
{
    TransportSettings settings;
    settings.type = TransportType::Smart;
    settings.url = QStringLiteral("https://cssm.example.com/SmartTransport");
    settings.proxy = TransportSettings::Change::Set;
    settings.proxyHost = QStringLiteral("proxy.example.com");
    settings.proxyPort = 3128;
    settings.vrf = TransportSettings::Change::Set;
    settings.vrfName = QStringLiteral("Mgmt-intf");
    QVERIFY(settings.validate().isEmpty());
    auto *job = new TransportJob(m_lab.manager().environment(), {}, settings);
    QCOMPARE(m_lab.run(job, {overdue}), JobState::Succeeded);
    QVERIFY2(DeviceFlowLab::messageOf(*job, m_lab.idOf(overdue)).contains(QLatin1String("verified")),
             qPrintable(DeviceFlowLab::messageOf(*job, m_lab.idOf(overdue))));
    const QJsonObject transport = m_lab.routerState(overdue).value(QStringLiteral("transport")).toObject();
    QCOMPARE(transport.value(QStringLiteral("type")).toString(), QStringLiteral("smart"));
    QCOMPARE(transport.value(QStringLiteral("smartUrl")).toString(), settings.url);
    QCOMPARE(transport.value(QStringLiteral("proxyHost")).toString(), settings.proxyHost);
    QCOMPARE(transport.value(QStringLiteral("vrf")).toString(), settings.vrfName);
    const std::optional<SnapshotRecord> latest = m_lab.probe().latest(m_lab.idOf(overdue));
    QVERIFY(latest);
    QCOMPARE(latest->summary.transportType, QStringLiteral("smart"));

    // The same settings again: nothing to change, nothing sent in configuration mode.
    auto *again = new TransportJob(m_lab.manager().environment(), {}, settings);
    QCOMPARE(m_lab.run(again, {overdue}), JobState::Succeeded);
    QVERIFY2(DeviceFlowLab::messageOf(*again, m_lab.idOf(overdue)).contains(QLatin1String("nothing to change")),
             qPrintable(DeviceFlowLab::messageOf(*again, m_lab.idOf(overdue))));
}

void TestTrustTransport::transportThatDoesNotTakeIsRolledBack()
{
    const QJsonObject before = m_lab.routerState(dueSoon).value(QStringLiteral("transport")).toObject();
    QCOMPARE(before.value(QStringLiteral("type")).toString(), QStringLiteral("cslu"));
    // The router accepts the URL line and commits, but the URL does not change.
    QVERIFY(m_lab.xrsim().setFaults(
        dueSoon, {{QStringLiteral("commitIgnores"), QJsonArray {QStringLiteral("license smart url")}}}));
    TransportSettings settings;
    settings.type = TransportType::Smart;
    settings.url = QStringLiteral("https://cssm.example.com/SmartTransport");
    settings.vrf = TransportSettings::Change::Set;
    settings.vrfName = QStringLiteral("Mgmt");
    auto *job = new TransportJob(m_lab.manager().environment(), {}, settings);
    QCOMPARE(m_lab.run(job, {dueSoon}), JobState::Failed);
    m_rolledBackJob = job->id();
    const QString message = DeviceFlowLab::messageOf(*job, m_lab.idOf(dueSoon));
    QVERIFY2(message.contains(QLatin1String(
                 "verification failed (URL is <empty>, expected https://cssm.example.com/SmartTransport)"))
                 && message.contains(QLatin1String("rolled back to the previous settings"))
                 && message.contains(QLatin1String("verified")),
             qPrintable(message));
    // The router is as it was: cslu with its URL, no VRF.
    const QJsonObject after = m_lab.routerState(dueSoon).value(QStringLiteral("transport")).toObject();
    QCOMPARE(after.value(QStringLiteral("type")).toString(), QStringLiteral("cslu"));
    QCOMPARE(after.value(QStringLiteral("csluUrl")), before.value(QStringLiteral("csluUrl")));
    QCOMPARE(after.value(QStringLiteral("vrf")).toString(), before.value(QStringLiteral("vrf")).toString());
    // Both sessions are in the audit log: configure ... commit, then the rollback.
    const QStringList audited = m_lab.auditCommands(dueSoon);
    QVERIFY(audited.contains(QStringLiteral("license smart transport smart")));
    QVERIFY(audited.contains(QStringLiteral("license smart transport cslu")));
    QVERIFY(audited.contains(QStringLiteral("no http client vrf")));
    QVERIFY(m_lab.xrsim().setFaults(dueSoon, {}));
}

void TestTrustTransport::failedJobResumesFromItsParameters()
{
    // Another process (a second JobManager on the same database) re-runs the failed device: the job
    // is rebuilt from its kind and stored parameters alone. The fault is gone now, so it succeeds.
    QVERIFY(m_rolledBackJob > 0);
    JobManager other(&m_lab.store(), &m_lab.secrets(), m_lab.manager().settings());
    QSignalSpy finished(&other, &JobManager::jobFinished);
    other.resume(m_rolledBackJob);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toLongLong(), m_rolledBackJob);
    QCOMPARE(finished.first().at(1).value<JobState>(), JobState::Succeeded);
    const QJsonObject transport = m_lab.routerState(dueSoon).value(QStringLiteral("transport")).toObject();
    QCOMPARE(transport.value(QStringLiteral("type")).toString(), QStringLiteral("smart"));
    QCOMPARE(transport.value(QStringLiteral("smartUrl")).toString(),
             QStringLiteral("https://cssm.example.com/SmartTransport"));
    QCOMPARE(transport.value(QStringLiteral("vrf")).toString(), QStringLiteral("Mgmt"));
}

void TestTrustTransport::planSendsOnlyWhatChanges()
{
    Transport current;
    current.type = TransportType::Cslu;
    current.csluAddress = QStringLiteral("http://192.0.2.1:8182/cslu/v1/pi");
    TransportSettings settings;
    settings.type = TransportType::Cslu;
    settings.url = current.csluAddress;
    settings.proxy = TransportSettings::Change::Remove;
    QVERIFY(TransportPlan::configLines(settings, current).isEmpty());
    settings.url = QStringLiteral("https://cslu.example.com/cslu/v1/pi");
    settings.vrf = TransportSettings::Change::Set;
    settings.vrfName = QStringLiteral("Mgmt");
    QCOMPARE(TransportPlan::configLines(settings, current),
             QStringList({QStringLiteral("license smart url cslu https://cslu.example.com/cslu/v1/pi"),
                          QStringLiteral("http client vrf Mgmt")}));
    // Unknown current state: every line the settings name.
    QCOMPARE(TransportPlan::configLines(settings, std::nullopt).size(), 4);
    // Values that could inject a command are refused before any plan.
    settings.url = QStringLiteral("https://a.example.com/x\nreload");
    QVERIFY(!settings.validate().isEmpty());
    settings.url.clear();
    settings.vrfName = QStringLiteral("Mgmt; reload");
    QVERIFY(!settings.validate().isEmpty());
}

QTEST_GUILESS_MAIN(TestTrustTransport)
#include "test_trust_transport.moc"
