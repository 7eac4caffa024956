// A 200-router generated fleet refreshed through slpctl over real SSH: every device gets a snapshot
// with the right UDI and license count, and the compliance state the generator set up.
#include "LabFleet.h"
#include "SlpctlRunner.h"
#include "StoreProbe.h"
#include "XrsimProcess.h"

#include "store/AuditEntry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace slp;
using namespace slp::test;

namespace {

constexpr int fleetSize = 200;
const QString password = QStringLiteral("fleet-Password-7");

// Days left as of a refresh right after the lab's first boot: the due date is N whole days after
// the boot, so a moment later N-1 whole days remain.
std::optional<qint64> expectedDaysLeft(LabScenario scenario)
{
    switch (scenario) {
    case LabScenario::Healthy:
    case LabScenario::NoTrust:
    case LabScenario::OutOfCompliance:
    case LabScenario::NeverReported:
        return 79; // ACK 10 days ago + 90; first use 10 days ago + 90
    case LabScenario::DueSoon:
        return 14; // ACK 75 days ago + 90
    case LabScenario::Overdue:
        return -31; // ACK 120 days ago + 90
    case LabScenario::SlrInstalled:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

class TestRefreshFleet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refreshesEveryRouter();
    void statusShowsTheGeneratorsStates();
    void auditNamesEveryCommand();
    void secondRefreshUsesTheRecordedKeys();
    void unknownHostKeyIsRefusedWithoutAcceptNew();

private:
    QTemporaryDir m_simDir;
    QTemporaryDir m_dataDir;
    LabFleet m_fleet {fleetSize, password};
    std::unique_ptr<XrsimProcess> m_xrsim;
    std::unique_ptr<SlpctlRunner> m_slpctl;
};

void TestRefreshFleet::initTestCase()
{
    QVERIFY(m_simDir.isValid() && m_dataDir.isValid());
    m_xrsim = std::make_unique<XrsimProcess>(m_simDir.path());
    QString error;
    QVERIFY2(m_xrsim->start(m_fleet.fleetJson(), &error), qPrintable(error));
    QCOMPARE(m_xrsim->endpoints().size(), fleetSize);
    m_slpctl = std::make_unique<SlpctlRunner>(m_dataDir.path(), QStringLiteral("master-pw"));

    const SlpctlRunner::Result profile
        = m_slpctl->run({QStringLiteral("credentials"), QStringLiteral("add"), QStringLiteral("lab"),
                         QStringLiteral("--username"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                        password.toUtf8() + '\n');
    QVERIFY2(profile.exitCode == 0, qPrintable(profile.describe()));
    const SlpctlRunner::Result imported
        = m_slpctl->run({QStringLiteral("devices"), QStringLiteral("import"), QStringLiteral("-")},
                        m_xrsim->inventoryCsv(QStringLiteral("lab")));
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    QVERIFY2(imported.out.contains("imported 200 of 200 device(s)"), qPrintable(imported.describe()));
}

void TestRefreshFleet::refreshesEveryRouter()
{
    const SlpctlRunner::Result refreshed = m_slpctl->run(
        {QStringLiteral("refresh"), QStringLiteral("--all"), QStringLiteral("--accept-new-host-keys")}, {}, 300000);
    QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.describe()));
    QVERIFY2(refreshed.out.contains("200 of 200 device(s) succeeded"), qPrintable(refreshed.describe()));
    // Piped: no progress line (no carriage returns, no terminal escapes).
    QVERIFY(!refreshed.err.contains('\r'));

    StoreProbe probe(m_slpctl->databasePath());
    QVERIFY2(probe.isOpen(), qPrintable(probe.openError()));
    const QList<DeviceOverview> overview = probe.overview();
    QCOMPARE(overview.size(), fleetSize);
    for (const DeviceOverview &entry : overview) {
        const LabRouter *expected = m_fleet.router(entry.device.hostname);
        QVERIFY2(expected, qPrintable(entry.device.hostname));
        QVERIFY2(entry.latest.has_value(), qPrintable(entry.device.hostname + u": no snapshot"));
        QCOMPARE(entry.latest->udi, expected->udi);
        QVERIFY2(entry.latest->complianceState == expected->expectedState,
                 qPrintable(QStringLiteral("%1: stored %2, generator set up %3")
                                .arg(entry.device.hostname, entry.latest->complianceState, expected->expectedState)));
        QCOMPARE(entry.device.lastError, QString());
        QCOMPARE(entry.device.hostKeyFingerprint, m_xrsim->endpoint(entry.device.hostname).fingerprint);
        const std::optional<SnapshotRecord> snapshot = probe.latest(entry.device.id);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->usage.size(), expected->licenseCount);
        QCOMPARE(snapshot->rawOutputs.size(), 7);
        QCOMPARE(snapshot->rawOutputs.at(3).command, QStringLiteral("show license udi"));
        QVERIFY(snapshot->rawOutputs.at(3).text.contains(expected->udi));
        // The IOS XR version column comes from `show version` (LabFleet: every router runs 24.2.1).
        QCOMPARE(snapshot->rawOutputs.at(6).command, QStringLiteral("show version"));
        QCOMPARE(snapshot->summary.softwareVersion, QStringLiteral("24.2.1"));
        QCOMPARE(entry.latest->softwareVersion, QStringLiteral("24.2.1"));
    }
}

void TestRefreshFleet::statusShowsTheGeneratorsStates()
{
    const SlpctlRunner::Result status = m_slpctl->run({QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
    const QJsonArray devices = QJsonDocument::fromJson(status.out).array();
    QCOMPARE(devices.size(), fleetSize);
    QHash<QString, int> perState;
    for (const QJsonValue &value : devices) {
        const QJsonObject device = value.toObject();
        const QString hostname = device.value(QStringLiteral("hostname")).toString();
        const LabRouter *expected = m_fleet.router(hostname);
        QVERIFY2(expected, qPrintable(hostname));
        QCOMPARE(device.value(QStringLiteral("state")).toString(), expected->expectedState);
        QCOMPARE(device.value(QStringLiteral("udi")).toString(), expected->udi);
        const std::optional<qint64> daysLeft = expectedDaysLeft(expected->scenario);
        if (daysLeft)
            QVERIFY2(device.value(QStringLiteral("days_left")).toInteger() == *daysLeft,
                     qPrintable(QStringLiteral("%1: %2 days left, expected %3")
                                    .arg(hostname)
                                    .arg(device.value(QStringLiteral("days_left")).toInteger())
                                    .arg(*daysLeft)));
        else
            QVERIFY(device.value(QStringLiteral("days_left")).isNull());
        ++perState[expected->expectedState];
    }
    // The table's fleet line counts the same states (7 scenarios cycled over 200 routers).
    const SlpctlRunner::Result table = m_slpctl->run({QStringLiteral("status")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(QStringLiteral("%1 overdue").arg(perState.value(QStringLiteral("overdue"))).toUtf8()),
             table.out.right(400).constData());
    QCOMPARE(perState.value(QStringLiteral("healthy")), 29);
    QCOMPARE(perState.value(QStringLiteral("slr_installed")), 28);
}

void TestRefreshFleet::auditNamesEveryCommand()
{
    StoreProbe probe(m_slpctl->databasePath());
    const DeviceRecord device = probe.device(QStringLiteral("r0001"));
    QStringList commands;
    for (const AuditEntry &entry : probe.audit(device.id)) {
        if (entry.action != QLatin1String("refresh"))
            continue;
        QCOMPARE(entry.outcome, QStringLiteral("ok"));
        QCOMPARE(entry.actor, AuditEntry::currentActor());
        commands.append(entry.command);
    }
    commands.sort();
    QCOMPARE(commands,
             (QStringList {QStringLiteral("show license platform summary"), QStringLiteral("show license reservation"),
                           QStringLiteral("show license status"), QStringLiteral("show license summary"),
                           QStringLiteral("show license udi"), QStringLiteral("show license usage"),
                           QStringLiteral("show version")}));
}

void TestRefreshFleet::secondRefreshUsesTheRecordedKeys()
{
    const SlpctlRunner::Result refreshed = m_slpctl->run(
        {QStringLiteral("refresh"), QStringLiteral("r0001"), QStringLiteral("r0002"), QStringLiteral("r0150")});
    QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.describe()));
    QVERIFY(refreshed.out.contains("3 of 3 device(s) succeeded"));
    StoreProbe probe(m_slpctl->databasePath());
    QCOMPARE(probe.snapshotCount(probe.device(QStringLiteral("r0150")).id), 2);
    QCOMPARE(probe.snapshotCount(probe.device(QStringLiteral("r0151")).id), 1);
}

void TestRefreshFleet::unknownHostKeyIsRefusedWithoutAcceptNew()
{
    const QString otherKnownHosts = m_dataDir.filePath(QStringLiteral("empty_known_hosts"));
    const SlpctlRunner::Result refused = m_slpctl->run(
        {QStringLiteral("refresh"), QStringLiteral("r0007"), QStringLiteral("--known-hosts"), otherKnownHosts});
    QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
    QVERIFY2(refused.out.contains("r0007: FAILED:"), qPrintable(refused.describe()));
    QVERIFY2(refused.out.contains(m_xrsim->endpoint(QStringLiteral("r0007")).fingerprint.toUtf8()),
             qPrintable(refused.describe()));
    QVERIFY(!QFileInfo::exists(otherKnownHosts) || QFileInfo(otherKnownHosts).size() == 0);
}

QTEST_GUILESS_MAIN(TestRefreshFleet)
#include "test_refresh_fleet.moc"
