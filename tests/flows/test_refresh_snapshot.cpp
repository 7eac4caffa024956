// From router outputs to a stored snapshot, without SSH: parsing the seven refresh commands (captured
// from xrsim), the usage history carried between snapshots, the snapshot's columns and compliance,
// and how a device's credentials turn into an SSH target.
#include "TestSupport.h"

#include "flows/CredentialResolver.h"
#include "flows/DeviceCompliance.h"
#include "flows/DeviceState.h"
#include "flows/RefreshJob.h"
#include "flows/SnapshotBuilder.h"
#include "flows/UsageHistory.h"

#include <QFile>
#include <QtTest>

using namespace slp;

namespace {

// The outputs xrsim printed for a router in the given scenario ("healthy", "slr").
QList<RawOutput> captured(const QString &scenario)
{
    QList<RawOutput> outputs;
    for (const QString &command : RefreshJob::commands()) {
        // "show license platform summary" -> platform_summary, "show version" -> version.
        const qsizetype prefix = command.startsWith(QLatin1String("show license ")) ? 13 : 5;
        QFile file(
            QStringLiteral(SLP_FLOWS_DATA "/xrsim_%1_%2.txt").arg(scenario, command.mid(prefix).replace(u' ', u'_')));
        if (file.open(QIODevice::ReadOnly))
            outputs.append({command, QString::fromUtf8(file.readAll())});
    }
    return outputs;
}

// The moment the captures were taken (their "Last ACK received" is 10 days before).
const QDateTime capturedAt = QDateTime::fromString(QStringLiteral("2026-11-29T19:21:15Z"), Qt::ISODate);

UsageRow row(const QString &tag, qint64 count)
{
    UsageRow usage;
    usage.entitlementTag = tag;
    usage.name = tag;
    usage.count = count;
    return usage;
}

} // namespace

class TestRefreshSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheSevenCommands();
    void requiredCommandFailuresStopTheSnapshot();
    void snapshotCarriesColumnsStateAndCompliance();
    void usageHistoryFollowsChangesAndAcks();
    void laterEvaluationRereadsTheRawOutputs();
    void credentialsComeFromTheProfile();
};

void TestRefreshSnapshot::parsesTheSevenCommands()
{
    const QList<RawOutput> outputs = captured(QStringLiteral("healthy"));
    QCOMPARE(outputs.size(), 7);
    const DeviceState state = DeviceState::parse(outputs);
    QCOMPARE(state.errors, QStringList());
    QVERIFY(state.status && state.summary && state.usage && state.udi && state.reservation && state.platform);
    QCOMPARE(state.udi->udi->canonicalText(), QStringLiteral("PID:ASR-9006-AC,SN:FOX1"));
    QCOMPARE(state.usage->licenses.size(), 2);
    QCOMPARE(state.usage->licenses.at(0).entitlementTag, QStringLiteral("ESS-ED-100G-SIA3"));
    QCOMPARE(state.usage->licenses.at(0).count, 2);
    QCOMPARE(state.status->usageReporting.lastAckReceived,
             QDateTime::fromString(QStringLiteral("2026-11-19T19:20:37Z"), Qt::ISODate));
    QCOMPARE(state.commandsJson.keys().size(), 7);
    QCOMPARE(state.commandsJson.value(QStringLiteral("show license udi"))[QStringLiteral("recognised")].toBool(), true);
    QCOMPARE(state.softwareVersion, QStringLiteral("24.2.1"));
    QCOMPARE(state.commandsJson.value(QStringLiteral("show version"))[QStringLiteral("data")][QStringLiteral("version")]
                 .toString(),
             QStringLiteral("24.2.1"));
}

void TestRefreshSnapshot::requiredCommandFailuresStopTheSnapshot()
{
    QList<RawOutput> outputs = captured(QStringLiteral("healthy"));
    outputs[3].text = QStringLiteral("             ^\n% Invalid input detected at '^' marker.\n");
    const DeviceState refused = DeviceState::parse(outputs, {{QStringLiteral("show license udi"), 1}});
    QCOMPARE(refused.errors,
             QStringList {QStringLiteral("show license udi failed on the router (exit status 1): % Invalid input "
                                         "detected at '^' marker.")});

    // An optional command failing only counts as an issue.
    outputs = captured(QStringLiteral("healthy"));
    const DeviceState optional = DeviceState::parse(outputs, {{QStringLiteral("show license platform summary"), 1}});
    QCOMPARE(optional.errors, QStringList());
    QVERIFY(!optional.platform);
    QCOMPARE(optional.issueCount, DeviceState::parse(outputs).issueCount + 1);

    // show version is optional too: unreadable or failed, the snapshot is still built, without a
    // version, and the issue is counted and kept in the parsed state.
    const int cleanIssues = DeviceState::parse(outputs).issueCount;
    QList<RawOutput> unreadableVersion = outputs;
    unreadableVersion[6].text = QStringLiteral("% This command is not authorized\n");
    const SnapshotBuild withoutVersion = SnapshotBuilder::build(1, 2, unreadableVersion, {}, std::nullopt, capturedAt);
    QCOMPARE(withoutVersion.errors, QStringList());
    QCOMPARE(withoutVersion.snapshot.summary.softwareVersion, QString());
    QCOMPARE(withoutVersion.snapshot.summary.parseIssueCount, cleanIssues + 1);
    const QJsonObject versionJson
        = withoutVersion.snapshot.state.value(QStringLiteral("commands"))[QStringLiteral("show version")].toObject();
    QCOMPARE(versionJson.value(QStringLiteral("recognised")).toBool(true), false);
    QVERIFY(versionJson.value(QStringLiteral("issues"))[0][QStringLiteral("message")].toString().contains(
        QLatin1String("not the output of `show version`")));
    const DeviceState failedVersion = DeviceState::parse(outputs, {{QStringLiteral("show version"), 1}});
    QCOMPARE(failedVersion.errors, QStringList());
    QCOMPARE(failedVersion.softwareVersion, QString());
    QCOMPARE(failedVersion.issueCount, cleanIssues + 1);

    // Output that is not what the command prints, and a command that never ran.
    outputs = captured(QStringLiteral("healthy"));
    outputs[2].text = QStringLiteral("garbage \x01\x02 that is no usage listing\n");
    outputs.removeAt(0);
    const DeviceState broken = DeviceState::parse(outputs);
    QCOMPARE(broken.errors.size(), 2);
    QVERIFY2(broken.errors.at(0).startsWith(QLatin1String("the output of show license usage could not be read")),
             qPrintable(broken.errors.at(0)));
    QCOMPARE(broken.errors.at(1), QStringLiteral("show license status was not run"));

    const SnapshotBuild build = SnapshotBuilder::build(1, 2, outputs, {}, std::nullopt, capturedAt);
    QCOMPARE(build.errors, broken.errors);
    QCOMPARE(build.snapshot, SnapshotRecord());
}

void TestRefreshSnapshot::snapshotCarriesColumnsStateAndCompliance()
{
    const SnapshotBuild build
        = SnapshotBuilder::build(7, 3, captured(QStringLiteral("healthy")), {}, std::nullopt, capturedAt);
    QCOMPARE(build.errors, QStringList());
    QCOMPARE(build.licenseCount, 2);
    const SnapshotSummary &summary = build.snapshot.summary;
    QCOMPARE(summary.deviceId, 7);
    QCOMPARE(summary.jobId, 3);
    QCOMPARE(summary.takenAt, capturedAt);
    QCOMPARE(summary.udi, QStringLiteral("PID:ASR-9006-AC,SN:FOX1"));
    QCOMPARE(summary.platformPid, QStringLiteral("ASR-9006-AC"));
    QCOMPARE(summary.serial, QStringLiteral("FOX1"));
    QCOMPARE(summary.transportType, QStringLiteral("cslu"));
    QCOMPARE(summary.trustInstalled, std::optional<bool>(true));
    QCOMPARE(summary.complianceState, QStringLiteral("healthy"));
    QCOMPARE(summary.dueReason, QStringLiteral("periodic"));
    QCOMPARE(summary.nextDue, QDateTime::fromString(QStringLiteral("2027-02-17T19:20:37Z"), Qt::ISODate));
    QCOMPARE(build.compliance.daysLeft, std::optional<qint64>(79));

    QCOMPARE(build.snapshot.usage.size(), 2);
    QCOMPARE(build.snapshot.usage.at(0).count, 2);
    QCOMPARE(build.snapshot.usage.at(0).licenseType, QStringLiteral("Subscription"));
    QCOMPARE(build.snapshot.rawOutputs.size(), 7);
    QCOMPARE(summary.softwareVersion, QStringLiteral("24.2.1"));
    const QJsonObject &state = build.snapshot.state;
    QCOMPARE(state.value(QStringLiteral("format")).toString(), QStringLiteral("slp-snapshot/1"));
    QCOMPARE(state.value(QStringLiteral("compliance"))[QStringLiteral("state")].toString(), QStringLiteral("healthy"));
    QCOMPARE(state.value(QStringLiteral("history"))[QStringLiteral("unacknowledged")].toBool(), false);

    const SnapshotBuild slr
        = SnapshotBuilder::build(8, 3, captured(QStringLiteral("slr")), {}, std::nullopt, capturedAt);
    QCOMPARE(slr.snapshot.summary.complianceState, QStringLiteral("slr_installed"));
    QVERIFY(!slr.compliance.dueDate);
}

void TestRefreshSnapshot::usageHistoryFollowsChangesAndAcks()
{
    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate);
    // First snapshot, never acknowledged: unacknowledged usage first seen now; no change yet.
    const UsageHistory first = UsageHistory::next(std::nullopt, {}, {row(QStringLiteral("A"), 2)}, std::nullopt, t0);
    QCOMPARE(first.usageFirstSeen, std::optional(t0));
    QCOMPARE(first.lastUsageChange, std::nullopt);
    QVERIFY(first.unacknowledged);
    // Still unacknowledged a day later: first seen stays.
    const UsageHistory second = UsageHistory::next(first, {row(QStringLiteral("A"), 2)}, {row(QStringLiteral("A"), 2)},
                                                   std::nullopt, t0.addDays(1));
    QCOMPARE(second.usageFirstSeen, std::optional(t0));
    // Acknowledged, same counts: nothing unacknowledged.
    const UsageHistory acked = UsageHistory::next(second, {row(QStringLiteral("A"), 2)}, {row(QStringLiteral("A"), 2)},
                                                  t0.addDays(2), t0.addDays(3));
    QCOMPARE(acked.usageFirstSeen, std::nullopt);
    QVERIFY(!acked.unacknowledged);
    // A count changes after the ACK: a change, and unacknowledged usage from now.
    const UsageHistory changed = UsageHistory::next(acked, {row(QStringLiteral("A"), 2)}, {row(QStringLiteral("A"), 3)},
                                                    t0.addDays(2), t0.addDays(4));
    QCOMPARE(changed.lastUsageChange, std::optional(t0.addDays(4)));
    QCOMPARE(changed.usageFirstSeen, std::optional(t0.addDays(4)));
    // A license appearing with count 0 is no change; one going away is.
    QVERIFY(!UsageHistory::countsDiffer({row(QStringLiteral("A"), 3)},
                                        {row(QStringLiteral("A"), 3), row(QStringLiteral("B"), 0)}));
    QVERIFY(UsageHistory::countsDiffer({row(QStringLiteral("A"), 3), row(QStringLiteral("B"), 1)},
                                       {row(QStringLiteral("A"), 3)}));
    // Stored and read back with the snapshot.
    QCOMPARE(UsageHistory::fromJson(changed.toJson()), std::optional(changed));
    QCOMPARE(UsageHistory::fromJson({}), std::nullopt);
}

void TestRefreshSnapshot::laterEvaluationRereadsTheRawOutputs()
{
    const SnapshotBuild build
        = SnapshotBuilder::build(7, 3, captured(QStringLiteral("healthy")), {}, std::nullopt, capturedAt);
    DeviceRecord device;
    device.hostname = QStringLiteral("r1");
    // Sixty days later the same snapshot is due soon.
    const ComplianceResult later = DeviceCompliance::evaluate(device, build.snapshot, capturedAt.addDays(60));
    QCOMPARE(later.state, ComplianceState::DueSoon);
    QCOMPARE(later.daysLeft, std::optional<qint64>(19));
    // A failed refresh since: unreachable, the reason kept.
    device.lastError = QStringLiteral("timeout (idle): r1 stopped answering");
    const ComplianceResult failed = DeviceCompliance::evaluate(device, build.snapshot, capturedAt);
    QCOMPARE(failed.state, ComplianceState::Unreachable);
    QVERIFY(failed.findings.constFirst().contains(device.lastError));
    // Never refreshed.
    device.lastError.clear();
    QCOMPARE(DeviceCompliance::evaluate(device, std::nullopt, capturedAt).state, ComplianceState::Unknown);
    const QJsonObject json = DeviceCompliance::toJson(later);
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("due_soon"));
    QCOMPARE(json.value(QStringLiteral("days_left")).toInt(), 19);
    QCOMPARE(json.value(QStringLiteral("due_date")).toString(), QStringLiteral("2027-02-17T19:20:37Z"));
}

void TestRefreshSnapshot::credentialsComeFromTheProfile()
{
    DeviceRecord device;
    device.hostname = QStringLiteral("pe1");
    device.address = QStringLiteral("192.0.2.1");
    device.port = 2222;
    CredentialProfile profile;
    profile.name = QStringLiteral("lab");
    profile.username = QStringLiteral("admin");
    profile.secretRef = QStringLiteral("credential/lab");

    const CredentialResolution none = CredentialResolver::targetFor(device, std::nullopt, SecretResult::success());
    QVERIFY(none.error.contains(QLatin1String("pe1 (192.0.2.1:2222) has no credential profile")));

    device.credentialRef = QStringLiteral("lab");
    const CredentialResolution missingProfile
        = CredentialResolver::targetFor(device, std::nullopt, SecretResult::success());
    QVERIFY(missingProfile.error.contains(QLatin1String("\"lab\", which does not exist")));

    const CredentialResolution ok = CredentialResolver::targetFor(
        device, profile, SecretResult::success(Secret::fromString(QStringLiteral("s3cret"))));
    QVERIFY(ok.ok());
    QCOMPARE(ok.target.username, QStringLiteral("admin"));
    QCOMPARE(ok.target.credentials.password, QStringLiteral("s3cret"));
    QCOMPARE(ok.target.port, quint16(2222));
    QCOMPARE(ok.target.displayName(), QStringLiteral("pe1 (192.0.2.1:2222)"));

    device.username = QStringLiteral("ops");
    QCOMPARE(
        CredentialResolver::targetFor(device, profile, SecretResult::success(Secret::fromString(QStringLiteral("x"))))
            .target.username,
        QStringLiteral("ops"));

    const CredentialResolution locked = CredentialResolver::targetFor(
        device, profile, SecretResult::failure(SecretResult::Error::WrongPassphrase, QStringLiteral("wrong master")));
    QVERIFY(locked.error.endsWith(QLatin1String("cannot be read: wrong master")));

    profile.authMethod = CredentialProfile::AuthMethod::PublicKey;
    profile.privateKeyPath = QStringLiteral("/keys/id_ed25519");
    const CredentialResolution key = CredentialResolver::targetFor(device, profile, SecretResult::success());
    QVERIFY(key.ok());
    QCOMPARE(key.target.credentials.privateKeyPath, QStringLiteral("/keys/id_ed25519"));
    QCOMPARE(key.target.credentials.password, QString());
}

QTEST_GUILESS_MAIN(TestRefreshSnapshot)
#include "test_refresh_snapshot.moc"
