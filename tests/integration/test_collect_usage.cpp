// Collect Usage and Download All for Cisco over real SSH against a generated xrsim fleet, with slpctl
// as a separate process: library rows and stored bytes, temporary files removed on the routers, a
// full disk failing one router only, a file of another device refused, the upload bundle accepted by
// cssmsim (the byte-exactness acid test) with its members marked bundled, and kill -9 during collect
// followed by `slpctl jobs resume` leaving no duplicate rows.
#include "LabFleet.h"
#include "SlpctlRunner.h"
#include "StoreProbe.h"
#include "TestSupport.h"
#include "XrsimProcess.h"

#include "flows/UsageCollection.h"
#include "formats/RumFileReader.h"
#include "store/ReportLibrary.h"

#include <QDir>
#include <QDirIterator>
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

constexpr int fleetSize = 20;
const QString password = QStringLiteral("collect-Password-7");

QList<LibraryFile> libraryRows(const QString &databasePath, const QString &libraryDirectory, LibraryFilter filter = {})
{
    StoreProbe probe(databasePath);
    ReportLibrary library(probe.store(), libraryDirectory);
    return library.list(filter).result().value;
}

} // namespace

class TestCollectUsage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_simDir;
    QTemporaryDir m_dataDir;
    QTemporaryDir m_outDir;
    std::unique_ptr<LabFleet> m_fleet;
    std::unique_ptr<XrsimProcess> m_xrsim;
    std::unique_ptr<SlpctlRunner> m_slpctl;
    QString m_diskFullRouter;
    QHash<QString, qint64> m_deviceIds;

    QString libraryDirectory() const { return QDir(m_dataDir.path()).filePath(QStringLiteral("library")); }
    QString routerHarddisk(const QString &hostname) const
    {
        return QDir(m_simDir.path()).filePath(QStringLiteral("state/routers/%1/fs/harddisk").arg(hostname));
    }
    SlpctlRunner::Result slpctl(const QStringList &arguments) const { return m_slpctl->run(arguments, {}, 300000); }
    QList<LibraryFile> rumRows(qint64 deviceId = 0) const
    {
        LibraryFilter filter;
        filter.kind = LibraryFileKind::Rum;
        filter.deviceId = deviceId;
        return libraryRows(m_slpctl->databasePath(), libraryDirectory(), filter);
    }

private slots:
    void initTestCase();
    void collectFleet();
    void unreportedAgainKeepsTheUnacknowledgedReports();
    void fileOfAnotherDeviceIsRefused();
    void neverRefreshedDeviceIsCheckedAgainstItsSession();
    void verifierAcceptsAnEmptyFileAndRefusesForeignReports();
    void exportBundleIsAcceptedByCssm();
    void exportBundleCollectsAndRefusesToOverwrite();
    void reportsCommands();
    void killedCollectResumesWithoutDuplicates();
    void resumedExportReplacesItsOwnBundle();
};

void TestCollectUsage::initTestCase()
{
    m_fleet = std::make_unique<LabFleet>(fleetSize, password);
    m_diskFullRouter = m_fleet->routers().at(3).hostname;
    m_fleet->setRouterFaults(m_diskFullRouter, {{QStringLiteral("diskFull"), true}});
    m_xrsim = std::make_unique<XrsimProcess>(m_simDir.path());
    QString error;
    QVERIFY2(m_xrsim->start(m_fleet->fleetJson(), &error), qPrintable(error));
    m_slpctl = std::make_unique<SlpctlRunner>(m_dataDir.path(), QStringLiteral("master"));
    QCOMPARE(m_slpctl
                 ->run({QStringLiteral("credentials"), QStringLiteral("add"), QStringLiteral("lab"),
                        QStringLiteral("--username"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                       password.toUtf8())
                 .exitCode,
             0);
    QCOMPARE(m_slpctl
                 ->run({QStringLiteral("devices"), QStringLiteral("import"), QStringLiteral("-")},
                       m_xrsim->inventoryCsv(QStringLiteral("lab")))
                 .exitCode,
             0);
    // The snapshots give the console each device's UDI: the collected files are checked against it.
    const SlpctlRunner::Result refreshed
        = slpctl({QStringLiteral("refresh"), QStringLiteral("--all"), QStringLiteral("--accept-new-host-keys")});
    QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.describe()));
    StoreProbe probe(m_slpctl->databasePath());
    for (const LabRouter &router : m_fleet->routers())
        m_deviceIds.insert(router.hostname, probe.device(router.hostname).id);
}

void TestCollectUsage::collectFleet()
{
    QElapsedTimer timer;
    timer.start();
    const SlpctlRunner::Result collected = slpctl({QStringLiteral("collect"), QStringLiteral("--all")});
    // A figure for the report, not an assertion.
    qInfo("collect --all over %d routers: %lld ms", fleetSize, qint64(timer.elapsed()));
    // One router's disk is full: it fails with the router's reason, the others succeed.
    QCOMPARE(collected.exitCode, 1);
    const QString output = QString::fromUtf8(collected.out);
    QVERIFY2(output.contains(QStringLiteral("%1: FAILED: ").arg(m_diskFullRouter)), qPrintable(collected.describe()));
    QVERIFY2(output.contains(QStringLiteral("No space left on device")), qPrintable(collected.describe()));
    QVERIFY2(
        output.contains(QStringLiteral("%1 of %2 device(s) succeeded, 1 failed").arg(fleetSize - 1).arg(fleetSize)),
        qPrintable(collected.describe()));

    const QList<LibraryFile> rows = rumRows();
    QCOMPARE(rows.size(), fleetSize - 1);
    StoreProbe probe(m_slpctl->databasePath());
    ReportLibrary library(probe.store(), libraryDirectory());
    QSet<qint64> devices;
    for (const LibraryFile &row : rows) {
        devices.insert(row.deviceId);
        const QString hostname = m_deviceIds.key(row.deviceId);
        QVERIFY2(hostname != m_diskFullRouter, qPrintable(hostname));
        QCOMPARE(row.state, LibraryFileState::Collected);
        QCOMPARE(row.udi, m_fleet->router(hostname)->udi);
        QVERIFY(row.jobId > 0);
        QVERIFY2(!row.reportIds.isEmpty(), qPrintable(hostname));
        // The stored bytes are what the row says (sha256, size) and a RUM file of this device.
        const StoreResult<QByteArray> content = library.content(row.id).result();
        QVERIFY2(content.ok(), qPrintable(content.error.message));
        QCOMPARE(ReportLibrary::sha256Hex(content.value), row.sha256);
        QCOMPARE(content.value.size(), row.size);
        const FormatResult<RumReportFile> file = RumFileReader::read(content.value);
        QVERIFY2(file.ok(), qPrintable(file.error()));
        QStringList ids;
        for (qint64 id : file.value().reportIds())
            ids.append(QString::number(id));
        QCOMPARE(row.reportIds, ids);
        QCOMPARE(file.value().verifyBelongsTo(*Udi::fromText(row.udi)), QString());
    }
    QCOMPARE(devices.size(), fleetSize - 1);

    // No temporary file is left on any router.
    for (const LabRouter &router : m_fleet->routers()) {
        const QStringList left
            = QDir(routerHarddisk(router.hostname)).entryList({QStringLiteral("slpc_usage_*")}, QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(router.hostname + QStringLiteral(": ") + left.join(u' ')));
    }
    // Each router command is in the audit log, the removal included.
    const QList<AuditEntry> audit = probe.audit(m_deviceIds.value(m_fleet->routers().at(0).hostname));
    QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const AuditEntry &entry) {
        return entry.action == u"collect" && entry.command.startsWith(QStringLiteral("remove /harddisk:/slpc_usage_"))
            && entry.outcome == u"ok";
    }));
    QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const AuditEntry &entry) {
        return entry.command.startsWith(QStringLiteral("license smart save usage unreported harddisk:/slpc_usage_"));
    }));
    QCOMPARE(probe.integrity(), QStringLiteral("ok"));
}

void TestCollectUsage::unreportedAgainKeepsTheUnacknowledgedReports()
{
    // xrsim keeps saved reports CLOSED until an ACK arrives: a second `unreported` save carries them
    // again (plus the reports closed since), in a new file. Nothing is lost, nothing stored twice.
    const QString hostname = m_fleet->routers().at(0).hostname;
    const qint64 deviceId = m_deviceIds.value(hostname);
    const QList<LibraryFile> before = rumRows(deviceId);
    QCOMPARE(before.size(), 1);
    // A day later on the router's clock (a save within the same second would be the same bytes,
    // which the library keeps once).
    QVERIFY(
        m_xrsim->control({{QStringLiteral("cmd"), QStringLiteral("advanceClock")}, {QStringLiteral("seconds"), 86400}})
            .value(QStringLiteral("ok"))
            .toBool());
    const SlpctlRunner::Result again = slpctl({QStringLiteral("collect"), hostname});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    const QList<LibraryFile> after = rumRows(deviceId);
    QCOMPARE(after.size(), 2);
    const LibraryFile &newest = after.constFirst();
    QVERIFY(newest.id != before.constFirst().id);
    for (const QString &id : before.constFirst().reportIds)
        QVERIFY2(newest.reportIds.contains(id), qPrintable(id));
    QVERIFY(newest.reportIds.size() >= before.constFirst().reportIds.size());
}

void TestCollectUsage::fileOfAnotherDeviceIsRefused()
{
    // The inventory entry of router 1 now points at router 2's address: the console knows the device
    // by router 1's UDI (its snapshot), the file it gets is router 2's. Refused, nothing stored.
    const LabRouter &known = m_fleet->routers().at(1);
    const LabRouter &impostor = m_fleet->routers().at(2);
    const XrsimEndpoint original = m_xrsim->endpoint(known.hostname);
    const XrsimEndpoint other = m_xrsim->endpoint(impostor.hostname);
    const int rowsBefore = int(rumRows().size());
    const auto edit = [this](const QString &hostname, const QString &address, int port) {
        return slpctl({QStringLiteral("devices"), QStringLiteral("edit"), hostname, QStringLiteral("--address"),
                       address, QStringLiteral("--port"), QString::number(port)})
            .exitCode;
    };
    // (address, port) is unique in the inventory: move router 2's entry aside first.
    QCOMPARE(edit(impostor.hostname, other.address, 1), 0);
    QCOMPARE(edit(known.hostname, other.address, other.port), 0);
    const SlpctlRunner::Result refused
        = slpctl({QStringLiteral("collect"), known.hostname, QStringLiteral("--accept-new-host-keys")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.out.contains("belongs to another device"), qPrintable(refused.describe()));
    QVERIFY2(refused.out.contains(impostor.udi.toUtf8()), qPrintable(refused.describe()));
    QCOMPARE(rumRows().size(), rowsBefore);
    QCOMPARE(edit(known.hostname, original.address, original.port), 0);
    QCOMPARE(edit(impostor.hostname, other.address, other.port), 0);
}

void TestCollectUsage::neverRefreshedDeviceIsCheckedAgainstItsSession()
{
    // A device without a snapshot: its file is checked against `show license udi` of the same session.
    const LabRouter &router = m_fleet->routers().at(8);
    const XrsimEndpoint endpoint = m_xrsim->endpoint(router.hostname);
    QCOMPARE(slpctl({QStringLiteral("devices"), QStringLiteral("edit"), router.hostname, QStringLiteral("--port"),
                     QStringLiteral("1")})
                 .exitCode,
             0);
    QCOMPARE(slpctl({QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("fresh"),
                     QStringLiteral("--address"), endpoint.address, QStringLiteral("--port"),
                     QString::number(endpoint.port), QStringLiteral("--username"), QStringLiteral("admin"),
                     QStringLiteral("--credential"), QStringLiteral("lab")})
                 .exitCode,
             0);
    const SlpctlRunner::Result collected = slpctl({QStringLiteral("collect"), QStringLiteral("fresh")});
    QVERIFY2(collected.exitCode == 0, qPrintable(collected.describe()));
    qint64 freshId = 0;
    {
        StoreProbe probe(m_slpctl->databasePath());
        freshId = probe.device(QStringLiteral("fresh")).id;
        QVERIFY(!probe.latest(freshId));
    }
    const QList<LibraryFile> rows = rumRows(freshId);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().udi, router.udi);
    QCOMPARE(slpctl({QStringLiteral("devices"), QStringLiteral("remove"), QStringLiteral("fresh")}).exitCode, 0);
    QCOMPARE(slpctl({QStringLiteral("devices"), QStringLiteral("edit"), router.hostname, QStringLiteral("--port"),
                     QString::number(endpoint.port)})
                 .exitCode,
             0);
}

void TestCollectUsage::verifierAcceptsAnEmptyFileAndRefusesForeignReports()
{
    const QByteArray empty("<smartLicense><smartLicenseSystemInfo><data>{\"hostname\":\"x\"}</data>"
                           "</smartLicenseSystemInfo></smartLicense>");
    const Udi udi = *Udi::fromText(m_fleet->routers().at(0).udi);
    const CollectedUsage nothing = UsageCollection::verify(QStringLiteral("x"), empty, udi);
    QVERIFY2(nothing.ok(), qPrintable(nothing.error));
    QVERIFY(nothing.reportIds.isEmpty());
    QVERIFY(nothing.summary().contains(QStringLiteral("nothing to report")));

    const LibraryFile foreign = rumRows(m_deviceIds.value(m_fleet->routers().at(4).hostname)).constFirst();
    StoreProbe probe(m_slpctl->databasePath());
    const QByteArray bytes = ReportLibrary(probe.store(), libraryDirectory()).content(foreign.id).result().value;
    const CollectedUsage refused = UsageCollection::verify(QStringLiteral("r0"), bytes, udi);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(QStringLiteral("belongs to another device")), qPrintable(refused.error));
    QVERIFY(refused.content.isEmpty());

    const CollectedUsage garbage = UsageCollection::verify(QStringLiteral("r0"), "not xml at all", udi);
    QVERIFY(!garbage.ok());
    QVERIFY2(garbage.error.contains(QStringLiteral("not a readable RUM report file")), qPrintable(garbage.error));
}

void TestCollectUsage::exportBundleIsAcceptedByCssm()
{
    const QString bundlePath = QDir(m_outDir.path()).filePath(QStringLiteral("upload.tar.gz"));
    QElapsedTimer timer;
    timer.start();
    const SlpctlRunner::Result exported = slpctl(
        {QStringLiteral("export-bundle"), bundlePath, QStringLiteral("--all"), QStringLiteral("--from-library")});
    qInfo("export-bundle --from-library of %d routers: %lld ms, %lld bytes", fleetSize, qint64(timer.elapsed()),
          qint64(QFileInfo(bundlePath).size()));
    // The full-disk router has nothing collected: reported and left out.
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.out.contains(QStringLiteral("%1: FAILED: ").arg(m_diskFullRouter).toUtf8()),
             qPrintable(exported.describe()));
    QVERIFY2(exported.out.contains(
                 QStringLiteral("upload bundle: %1 (%2 device file(s)").arg(bundlePath).arg(fleetSize - 1).toUtf8()),
             qPrintable(exported.describe()));
    QVERIFY(QFileInfo::exists(bundlePath));

    LibraryFilter bundles;
    bundles.kind = LibraryFileKind::UploadBundle;
    const QList<LibraryFile> bundleRows = libraryRows(m_slpctl->databasePath(), libraryDirectory(), bundles);
    QCOMPARE(bundleRows.size(), 1);
    QFile written(bundlePath);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(ReportLibrary::sha256Hex(written.readAll()), bundleRows.constFirst().sha256);
    // Exactly the newest file of each device is bundled; the older one of router 0 still waits, and
    // so does the file of the removed device "fresh" (its row outlives the device).
    LibraryFilter members;
    members.bundleId = bundleRows.constFirst().id;
    const QList<LibraryFile> memberRows = libraryRows(m_slpctl->databasePath(), libraryDirectory(), members);
    QCOMPARE(memberRows.size(), fleetSize - 1);
    for (const LibraryFile &row : memberRows)
        QCOMPARE(row.state, LibraryFileState::Bundled);
    LibraryFilter waiting;
    waiting.kind = LibraryFileKind::Rum;
    waiting.state = LibraryFileState::Collected;
    const QList<LibraryFile> waitingRows = libraryRows(m_slpctl->databasePath(), libraryDirectory(), waiting);
    QCOMPARE(waitingRows.size(), 2);
    QSet<qint64> waitingDevices;
    for (const LibraryFile &row : waitingRows)
        waitingDevices.insert(row.deviceId);
    QCOMPARE(waitingDevices, (QSet<qint64> {0, m_deviceIds.value(m_fleet->routers().at(0).hostname)}));

    // The acid test: cssmsim verifies every report's signature over the bytes as the routers wrote them.
    const QString ackPath = QDir(m_outDir.path()).filePath(QStringLiteral("ack.tar.gz"));
    QProcess cssmsim;
    cssmsim.start(builtExecutable(QStringLiteral("cssmsim")),
                  {QStringLiteral("ack-bundle"), bundlePath, ackPath, QStringLiteral("--fleet"),
                   QDir(m_simDir.path()).filePath(QStringLiteral("fleet.json"))});
    QVERIFY(cssmsim.waitForFinished(120000));
    QVERIFY2(cssmsim.exitCode() == 0, cssmsim.readAllStandardError().constData());
    QVERIFY(QFileInfo(ackPath).size() > 0);
}

void TestCollectUsage::exportBundleCollectsAndRefusesToOverwrite()
{
    const QString first = m_fleet->routers().at(5).hostname;
    const QString second = m_fleet->routers().at(6).hostname;
    // Into a folder: the bundle keeps its UD_SA_<ts>.tar.gz name. Collected now, over SSH.
    const SlpctlRunner::Result exported
        = slpctl({QStringLiteral("export-bundle"), m_outDir.path(), first, second, m_diskFullRouter});
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.out.contains("No space left on device"), qPrintable(exported.describe()));
    QVERIFY2(exported.out.contains("upload bundle: "), qPrintable(exported.describe()));
    const QStringList written = QDir(m_outDir.path()).entryList({QStringLiteral("UD_SA_*.tar.gz")}, QDir::Files);
    QCOMPARE(written.size(), 1);
    QCOMPARE(rumRows(m_deviceIds.value(first)).size(), 2);
    QCOMPARE(rumRows(m_deviceIds.value(first)).constFirst().state, LibraryFileState::Bundled);

    // An existing file is not replaced without --force.
    const QString target = QDir(m_outDir.path()).filePath(written.constFirst());
    const SlpctlRunner::Result refused
        = slpctl({QStringLiteral("export-bundle"), target, first, QStringLiteral("--from-library")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("not overwritten (use --force"), qPrintable(refused.describe()));
}

void TestCollectUsage::reportsCommands()
{
    const QString hostname = m_fleet->routers().at(7).hostname;
    const SlpctlRunner::Result listed = slpctl({QStringLiteral("reports"), QStringLiteral("list"),
                                                QStringLiteral("--device"), hostname, QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    const QJsonArray rows = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value(QStringLiteral("device")).toString(), hostname);
    QCOMPARE(row.value(QStringLiteral("kind")).toString(), QStringLiteral("rum"));
    const qint64 id = row.value(QStringLiteral("id")).toInteger();

    const SlpctlRunner::Result shown = slpctl({QStringLiteral("reports"), QStringLiteral("show"), QString::number(id)});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
    for (const QJsonValue &reportId : row.value(QStringLiteral("report_ids")).toArray())
        QVERIFY2(shown.out.contains(reportId.toString().toUtf8()), qPrintable(shown.describe()));

    const QString copy = QDir(m_outDir.path()).filePath(QStringLiteral("copy.xml"));
    const SlpctlRunner::Result exported
        = slpctl({QStringLiteral("reports"), QStringLiteral("export"), QString::number(id), copy});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(ReportLibrary::sha256Hex(file.readAll()), row.value(QStringLiteral("sha256")).toString());

    // A stored file changed behind the library's back is refused, not exported.
    const QString stored = QDir(libraryDirectory()).filePath(row.value(QStringLiteral("path")).toString());
    {
        QFile tamper(stored);
        QVERIFY(tamper.open(QIODevice::Append));
        tamper.write(" ");
    }
    const SlpctlRunner::Result refused = slpctl(
        {QStringLiteral("reports"), QStringLiteral("export"), QString::number(id), copy, QStringLiteral("--force")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("changed on disk"), qPrintable(refused.describe()));

    const SlpctlRunner::Result badKind
        = slpctl({QStringLiteral("reports"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("nope")});
    QCOMPARE(badKind.exitCode, 2);
}

void TestCollectUsage::killedCollectResumesWithoutDuplicates()
{
    // A new day on the routers' clock: every file differs from the ones collected before (the library
    // keeps identical bytes once, under the row that first had them).
    QVERIFY(
        m_xrsim->control({{QStringLiteral("cmd"), QStringLiteral("advanceClock")}, {QStringLiteral("seconds"), 86400}})
            .value(QStringLiteral("ok"))
            .toBool());
    // Slow routers, so that the collect is surely in the middle when it is killed.
    for (const LabRouter &router : m_fleet->routers()) {
        if (router.hostname != m_diskFullRouter)
            QVERIFY(m_xrsim->setFaults(router.hostname, {{QStringLiteral("slowOutputBytesPerSecond"), 300}}));
    }
    QProcess collect;
    collect.setProcessEnvironment(m_slpctl->environment());
    collect.start(SlpctlRunner::program(),
                  m_slpctl->globalOptions()
                      + QStringList {QStringLiteral("collect"), QStringLiteral("--all"), QStringLiteral("--parallel"),
                                     QStringLiteral("4")});
    QVERIFY(collect.waitForStarted(10000));
    QByteArray printed;
    QElapsedTimer timer;
    timer.start();
    while (printed.count(": ok: ") < 4 && timer.elapsed() < 120000 && collect.state() == QProcess::Running) {
        collect.waitForReadyRead(100);
        printed += collect.readAllStandardOutput();
    }
    QVERIFY2(printed.count(": ok: ") >= 4, printed.constData());
    collect.kill();
    QVERIFY(collect.waitForFinished(10000));
    QCOMPARE(collect.exitStatus(), QProcess::CrashExit);
    for (const LabRouter &router : m_fleet->routers()) {
        if (router.hostname != m_diskFullRouter)
            QVERIFY(m_xrsim->setFaults(router.hostname, {}));
    }

    qint64 jobId = 0;
    {
        StoreProbe probe(m_slpctl->databasePath());
        QCOMPARE(probe.integrity(), QStringLiteral("ok"));
        jobId = probe.store().recentJobs(1).result().value.constFirst().id;
    }
    const SlpctlRunner::Result resumed = slpctl({QStringLiteral("jobs"), QStringLiteral("resume")});
    // The full-disk router fails again; everything else ends collected.
    QCOMPARE(resumed.exitCode, 1);
    QVERIFY2(
        resumed.out.contains(QStringLiteral("%1 of %2 device(s) succeeded").arg(fleetSize - 1).arg(fleetSize).toUtf8()),
        qPrintable(resumed.describe()));

    LibraryFilter ofJob;
    ofJob.jobId = jobId;
    const QList<LibraryFile> rows = libraryRows(m_slpctl->databasePath(), libraryDirectory(), ofJob);
    QHash<qint64, int> perDevice;
    for (const LibraryFile &row : rows)
        ++perDevice[row.deviceId];
    QCOMPARE(perDevice.size(), fleetSize - 1);
    for (auto it = perDevice.cbegin(); it != perDevice.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(m_deviceIds.key(it.key())));
    StoreProbe probe(m_slpctl->databasePath());
    for (const JobStepRecord &step : probe.store().jobSteps(jobId).result().value)
        QCOMPARE(step.state,
                 m_deviceIds.key(step.deviceId) == m_diskFullRouter ? JobStepState::Failed : JobStepState::Succeeded);
    QCOMPARE(probe.integrity(), QStringLiteral("ok"));
    // Interrupted attempts may leave their temporary file; the resumed ones removed theirs.
    for (const LabRouter &router : m_fleet->routers()) {
        const QStringList left = QDir(routerHarddisk(router.hostname))
                                     .entryList({QStringLiteral("slpc_usage_%1_*").arg(jobId)}, QDir::Files);
        QVERIFY2(left.size() <= 1, qPrintable(router.hostname));
    }
}

void TestCollectUsage::resumedExportReplacesItsOwnBundle()
{
    // The first export left the full-disk router out. Its disk is fixed and its usage collected:
    // `jobs resume` of that export job runs it again and replaces the job's own bundle file (the
    // earlier bundle stays in the library).
    const QString bundlePath = QDir(m_outDir.path()).filePath(QStringLiteral("upload.tar.gz"));
    QVERIFY(m_xrsim->setFaults(m_diskFullRouter, {}));
    const SlpctlRunner::Result collected = slpctl({QStringLiteral("collect"), m_diskFullRouter});
    QVERIFY2(collected.exitCode == 0, qPrintable(collected.describe()));
    qint64 exportJob = 0;
    {
        StoreProbe probe(m_slpctl->databasePath());
        for (const JobRecord &job : probe.store().recentJobs(50).result().value) {
            if (job.kind == u"export-bundle" && job.parameters.value(QStringLiteral("output")).toString() == bundlePath)
                exportJob = job.id;
        }
    }
    QVERIFY(exportJob > 0);
    const SlpctlRunner::Result resumed
        = slpctl({QStringLiteral("jobs"), QStringLiteral("resume"), QString::number(exportJob)});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));

    LibraryFilter bundles;
    bundles.kind = LibraryFileKind::UploadBundle;
    bundles.jobId = exportJob;
    const QList<LibraryFile> bundleRows = libraryRows(m_slpctl->databasePath(), libraryDirectory(), bundles);
    QCOMPARE(bundleRows.size(), 2);
    QFile written(bundlePath);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(ReportLibrary::sha256Hex(written.readAll()), bundleRows.constFirst().sha256);
    const LibraryFile member = rumRows(m_deviceIds.value(m_diskFullRouter)).constFirst();
    QCOMPARE(member.state, LibraryFileState::Bundled);
    QCOMPARE(member.bundleId, bundleRows.constFirst().id);
}

QTEST_GUILESS_MAIN(TestCollectUsage)
#include "test_collect_usage.moc"
