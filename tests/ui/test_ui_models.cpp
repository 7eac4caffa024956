// Every model of the console under QAbstractItemModelTester, plus what each one must show.
#include "UiTestSupport.h"
#include "actions/TransportDialog.h"
#include "app/ConsoleContext.h"
#include "audit/AuditLogModel.h"
#include "dashboard/AttentionModel.h"
#include "devices/DeviceFilterProxy.h"
#include "devices/DeviceRow.h"
#include "devices/DeviceTableModel.h"
#include "devices/SnapshotHistoryModel.h"
#include "devices/UsageTableModel.h"
#include "hostkeys/KnownHostsModel.h"
#include "jobs/JobListModel.h"
#include "jobs/JobStepModel.h"
#include "reports/LibraryFilesModel.h"
#include "reports/ReportLibraryModel.h"
#include "store/ReportLibrary.h"
#include "style/ComplianceStyle.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QtTest>

using namespace slp;
using namespace slp::ui;

namespace {

DeviceOverview overview(qint64 id, const QString &hostname, const QString &state, int daysFromNow,
                        const QString &site = {}, const QStringList &tags = {})
{
    DeviceOverview row;
    row.device.id = id;
    row.device.hostname = hostname;
    row.device.address = QStringLiteral("192.0.2.%1").arg(id % 250);
    row.device.site = site;
    row.device.tags = tags;
    if (!state.isEmpty()) {
        SnapshotSummary summary;
        summary.id = id * 10;
        summary.deviceId = id;
        summary.complianceState = state;
        summary.nextDue = QDateTime(QDate(2030, 1, 1).addDays(daysFromNow), QTime(12, 0), Qt::UTC);
        summary.dueReason = QStringLiteral("periodic");
        summary.serial = QStringLiteral("FOC%1").arg(id);
        summary.platformPid = QStringLiteral("NCS-5501");
        summary.transportType = QStringLiteral("cslu");
        summary.trustInstalled = true;
        row.latest = summary;
        row.licensesInUse = 3;
    }
    return row;
}

const QDateTime kNow(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);

QList<DeviceRow> sampleRows()
{
    return {
        DeviceRow::from(overview(1, QStringLiteral("fra-pe1"), QStringLiteral("healthy"), 200,
                                 QStringLiteral("Frankfurt"), {QStringLiteral("core")}),
                        kNow),
        DeviceRow::from(overview(2, QStringLiteral("vie-p04"), QStringLiteral("overdue"), -5, QStringLiteral("Vienna")),
                        kNow),
        DeviceRow::from(overview(3, QStringLiteral("lon-agg84"), QStringLiteral("no_trust"), 40,
                                 QStringLiteral("London"), {QStringLiteral("agg"), QStringLiteral("core")}),
                        kNow),
        DeviceRow::from(overview(4, QStringLiteral("new-router"), QString(), 0), kNow),
    };
}

} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT
private slots:
    void deviceRowAgesTheStoredVerdict();
    void deviceTableShowsEveryColumn();
    void deviceTableUnderModelTester();
    void filterProxyCombinesSearchStateSiteTag();
    void filterProxyWithTenThousandDevices();
    void usageAndHistoryModels();
    void attentionListsWorstFirstWithFix();
    void jobModelsFollowProgress();
    void auditReportAndKnownHostsModels();
    void complianceStatesLookDifferent();
    void libraryFilesFromTheStore();
    void transportPreviewFollowsTheDialog();
};

void TestUiModels::deviceRowAgesTheStoredVerdict()
{
    // Healthy at refresh, but the due date passed since: overdue now.
    DeviceRow aged = DeviceRow::from(overview(1, QStringLiteral("a"), QStringLiteral("healthy"), -2), kNow);
    QCOMPARE(aged.state, ComplianceState::Overdue);
    QCOMPARE(aged.daysLeft, std::optional<qint64>(-2));
    // Healthy with 20 days left: inside the 30-day window.
    DeviceRow soon = DeviceRow::from(overview(2, QStringLiteral("b"), QStringLiteral("healthy"), 20), kNow);
    QCOMPARE(soon.state, ComplianceState::DueSoon);
    QCOMPARE(soon.daysLeft, std::optional<qint64>(20));
    // SLR needs no reporting: its dates never make it overdue.
    DeviceRow slr = DeviceRow::from(overview(3, QStringLiteral("c"), QStringLiteral("slr_installed"), -100), kNow);
    QCOMPARE(slr.state, ComplianceState::SlrInstalled);
    // A failed last refresh wins over everything.
    DeviceOverview failing = overview(4, QStringLiteral("d"), QStringLiteral("healthy"), 200);
    failing.device.lastError = QStringLiteral("connection refused");
    QCOMPARE(DeviceRow::from(failing, kNow).state, ComplianceState::Unreachable);
    // Never refreshed.
    DeviceRow fresh = DeviceRow::from(overview(5, QStringLiteral("e"), QString(), 0), kNow);
    QCOMPARE(fresh.state, ComplianceState::Unknown);
    QVERIFY(!fresh.daysLeft);
    QVERIFY(fresh.searchText.contains(QLatin1String("192.0.2.5")));
}

void TestUiModels::deviceTableShowsEveryColumn()
{
    DeviceTableModel model;
    model.setRows(sampleRows());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(DeviceTableModel::ColumnCount));
    const auto cell
        = [&model](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    QCOMPARE(cell(1, DeviceTableModel::Hostname).toString(), QStringLiteral("vie-p04"));
    QCOMPARE(cell(1, DeviceTableModel::Address).toString(), QStringLiteral("192.0.2.2:22"));
    QCOMPARE(cell(1, DeviceTableModel::State).toString(), QStringLiteral("Overdue"));
    QCOMPARE(cell(1, DeviceTableModel::DaysLeft).toLongLong(), -5);
    QCOMPARE(cell(1, DeviceTableModel::Licenses).toInt(), 3);
    QCOMPARE(cell(1, DeviceTableModel::Transport).toString(), QStringLiteral("CSLU"));
    QCOMPARE(cell(1, DeviceTableModel::Trust).toString(), QStringLiteral("Installed"));
    QCOMPARE(cell(1, DeviceTableModel::Serial).toString(), QStringLiteral("FOC2"));
    QCOMPARE(cell(1, DeviceTableModel::NextDue).toString(), QStringLiteral("2029-12-27"));
    // Colour-blind safe: the state column has an icon AND a word; the tooltip explains it.
    QVERIFY(!cell(1, DeviceTableModel::State, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(cell(1, DeviceTableModel::State, Qt::ToolTipRole).toString().contains(QLatin1String("collect usage")));
    QCOMPARE(cell(3, DeviceTableModel::State).toString(), QStringLiteral("Not refreshed"));
    QVERIFY(!cell(3, DeviceTableModel::Licenses).isValid());
    QCOMPARE(cell(2, DeviceTableModel::Tags).toString(), QStringLiteral("agg, core"));
    QCOMPARE(model.sites(),
             (QStringList {QStringLiteral("Frankfurt"), QStringLiteral("London"), QStringLiteral("Vienna")}));
    QCOMPARE(model.tags(), (QStringList {QStringLiteral("agg"), QStringLiteral("core")}));
    QCOMPARE(model.rowOf(3), 2);
    QCOMPARE(model.rowOf(99), -1);
    QCOMPARE(model.headerData(DeviceTableModel::Version, Qt::Horizontal).toString(), QStringLiteral("IOS XR"));
    // Undated devices sort after dated ones.
    QVERIFY(cell(3, DeviceTableModel::NextDue, DeviceTableModel::SortRole).toLongLong()
            > cell(0, DeviceTableModel::NextDue, DeviceTableModel::SortRole).toLongLong());
}

void TestUiModels::deviceTableUnderModelTester()
{
    DeviceTableModel model;
    DeviceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleRows());
    proxy.sort(DeviceTableModel::NextDue);
    proxy.setSearchText(QStringLiteral("vie"));
    model.setRows(sampleRows().mid(0, 2));
    proxy.setSearchText({});
    model.setRows({});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestUiModels::filterProxyCombinesSearchStateSiteTag()
{
    DeviceTableModel model;
    model.setRows(sampleRows());
    DeviceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setSearchText(QStringLiteral("FOC2"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("vie-p04"));
    proxy.setSearchText(QStringLiteral("core  lon"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("lon-agg84"));
    proxy.setSearchText({});
    proxy.setTag(QStringLiteral("core"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSite(QStringLiteral("frankfurt"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.clearFilters();
    proxy.setStates({ComplianceState::Overdue, ComplianceState::NoTrust});
    QCOMPARE(proxy.rowCount(), 2);
    QVERIFY(proxy.isFiltering());
    proxy.clearFilters();
    proxy.setDeviceIds({1, 4});
    QCOMPARE(proxy.rowCount(), 2);
    proxy.clearFilters();
    QVERIFY(!proxy.isFiltering());
    proxy.sort(DeviceTableModel::DaysLeft, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("vie-p04"));
    QCOMPARE(proxy.index(3, 0).data().toString(), QStringLiteral("new-router"));
}

void TestUiModels::filterProxyWithTenThousandDevices()
{
    QList<DeviceRow> rows;
    const QStringList states {QStringLiteral("healthy"), QStringLiteral("overdue"), QStringLiteral("due_soon"),
                              QStringLiteral("no_trust")};
    for (int id = 1; id <= 10'000; ++id)
        rows.append(DeviceRow::from(overview(id, QStringLiteral("pe%1").arg(id, 5, 10, QLatin1Char('0')),
                                             states.at(id % 4), id % 300 - 100, QStringLiteral("site%1").arg(id % 10)),
                                    kNow));
    DeviceTableModel model;
    model.setRows(rows);
    DeviceFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(DeviceTableModel::NextDue);
    QCOMPARE(proxy.rowCount(), 10'000);
    proxy.setSearchText(QStringLiteral("pe0999"));
    QCOMPARE(proxy.rowCount(), 10); // pe09990 .. pe09999
    proxy.setSearchText({});
    proxy.setSite(QStringLiteral("site3"));
    QCOMPARE(proxy.rowCount(), 1000);
    QCOMPARE(model.sites().size(), 10);
}

void TestUiModels::usageAndHistoryModels()
{
    UsageTableModel usage;
    QAbstractItemModelTester usageTester(&usage, QAbstractItemModelTester::FailureReportingMode::QtTest);
    UsageRow row;
    row.name = QStringLiteral("ESS_100G_RTU_1");
    row.count = 10;
    row.status = QStringLiteral("OUT-OF-COMPLIANCE");
    row.entitlementTag = QStringLiteral("ESS-SE-100G-RTU-1");
    usage.setUsage({row, row});
    QCOMPARE(usage.rowCount(), 2);
    QCOMPARE(usage.index(0, UsageTableModel::Count).data().toInt(), 10);
    QVERIFY(!usage.index(0, UsageTableModel::Status).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(usage.index(0, UsageTableModel::Name).data(Qt::ToolTipRole).toString(),
             QStringLiteral("ESS-SE-100G-RTU-1"));

    SnapshotHistoryModel history;
    QAbstractItemModelTester historyTester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SnapshotSummary summary;
    summary.id = 7;
    summary.complianceState = QStringLiteral("due_soon");
    summary.parseIssueCount = 2;
    summary.trustInstalled = false;
    history.setHistory({summary});
    QCOMPARE(history.index(0, SnapshotHistoryModel::State).data().toString(), QStringLiteral("Due soon"));
    QCOMPARE(history.index(0, SnapshotHistoryModel::Trust).data().toString(), QStringLiteral("None"));
    QCOMPARE(history.index(0, SnapshotHistoryModel::ParseIssues).data().toInt(), 2);
    QCOMPARE(history.index(0, 0).data(SnapshotHistoryModel::SnapshotIdRole).toLongLong(), 7);
    history.setHistory({});
    QCOMPARE(history.rowCount(), 0);
}

void TestUiModels::attentionListsWorstFirstWithFix()
{
    AttentionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<DeviceRow> rows = sampleRows();
    DeviceOverview failing = overview(5, QStringLiteral("mil-pe22"), QStringLiteral("healthy"), 100);
    failing.device.lastError = QStringLiteral("mil-pe22 (192.0.2.5:22): connection refused\nmore");
    rows.append(DeviceRow::from(failing, kNow));
    model.setRows(rows);
    // healthy and never-refreshed devices need nothing; unreachable, overdue, no trust do.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, AttentionModel::Device).data().toString(), QStringLiteral("mil-pe22"));
    QCOMPARE(model.index(0, AttentionModel::Why).data().toString(),
             QStringLiteral("Last refresh failed: mil-pe22 (192.0.2.5:22): connection refused"));
    QCOMPARE(model.index(0, AttentionModel::Fix).data().toString(), QStringLiteral("Refresh"));
    QVERIFY(model.index(0, AttentionModel::Fix).data(AttentionModel::FixAvailableRole).toBool());
    QCOMPARE(model.index(1, AttentionModel::Device).data().toString(), QStringLiteral("vie-p04"));
    QVERIFY(model.index(1, AttentionModel::Why).data().toString().contains(QLatin1String("5 days ago")));
    QCOMPARE(model.index(1, AttentionModel::Fix).data().toString(), QStringLiteral("Collect Usage"));
    // The fix is one click away, and its tooltip says what it does.
    QVERIFY(model.index(1, AttentionModel::Fix).data(AttentionModel::FixAvailableRole).toBool());
    QVERIFY(
        !model.index(1, AttentionModel::Fix).data(Qt::ToolTipRole).toString().contains(QLatin1String("Arrives with")));
    QCOMPARE(model.index(2, AttentionModel::Fix).data().toString(), QStringLiteral("Establish Trust"));
}

void TestUiModels::jobModelsFollowProgress()
{
    JobListModel jobs;
    QAbstractItemModelTester jobsTester(&jobs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    JobInfo job;
    job.record.id = 12;
    job.record.kind = QStringLiteral("refresh");
    job.record.state = JobState::Running;
    job.progress.total = 4;
    jobs.setJobs({job});
    QCOMPARE(jobs.index(0, JobListModel::Job).data().toString(), QStringLiteral("#12 Refresh"));
    JobProgress progress;
    progress.total = 4;
    progress.succeeded = 2;
    progress.failed = 1;
    jobs.updateLive(12, JobState::Running, progress);
    QCOMPARE(jobs.index(0, JobListModel::Progress).data(JobListModel::ProgressRole).toInt(), 75);
    QCOMPARE(jobs.index(0, JobListModel::Progress).data().toString(), QStringLiteral("3 of 4"));
    QCOMPARE(jobs.index(0, JobListModel::Devices).data().toString(),
             QStringLiteral("2 succeeded, 1 failed, 0 cancelled"));
    QCOMPARE(jobs.index(0, 0).data(JobListModel::FailedCountRole).toInt(), 1);
    jobs.updateLive(12, JobState::Cancelled, progress);
    QCOMPARE(jobs.index(0, JobListModel::State).data().toString(), QStringLiteral("Cancelled"));
    QVERIFY(jobs.index(0, 0).data(JobListModel::TerminalRole).toBool());
    jobs.updateLive(99, JobState::Running, progress); // not listed: ignored
    QCOMPARE(jobs.rowCount(), 1);

    JobStepModel steps;
    QAbstractItemModelTester stepsTester(&steps, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DeviceStep step;
    step.jobId = 12;
    step.deviceId = 3;
    step.deviceName = QStringLiteral("r3");
    step.state = JobStepState::Running;
    step.message = QStringLiteral("show license usage");
    steps.setSteps(12, {});
    steps.updateStep(step);
    QCOMPARE(steps.rowCount(), 1);
    QCOMPARE(steps.index(0, JobStepModel::Progress).data(JobStepModel::ProgressRole).toInt(), -1);
    QCOMPARE(steps.index(0, JobStepModel::Progress).data().toString(), QStringLiteral("show license usage"));
    step.state = JobStepState::Failed;
    step.message = QStringLiteral("authentication failed");
    steps.updateStep(step);
    QCOMPARE(steps.rowCount(), 1);
    QCOMPARE(steps.index(0, JobStepModel::State).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(steps.index(0, JobStepModel::Progress).data(JobStepModel::ProgressRole).toInt(), 100);
    step.jobId = 13; // another job's step: ignored
    steps.updateStep(step);
    QCOMPARE(steps.rowCount(), 1);
}

void TestUiModels::auditReportAndKnownHostsModels()
{
    AuditLogModel audit;
    QAbstractItemModelTester auditTester(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditEntry entry;
    entry.deviceId = 5;
    entry.action = QStringLiteral("refresh");
    entry.command = QStringLiteral("show license status");
    entry.outcome = QStringLiteral("failed");
    entry.detail = QStringLiteral("timeout\nsecond line");
    audit.setEntries({entry, AuditEntry {}}, {{5, QStringLiteral("pe5")}});
    QCOMPARE(audit.index(0, AuditLogModel::Device).data().toString(), QStringLiteral("pe5"));
    QCOMPARE(audit.index(0, AuditLogModel::Detail).data().toString(), QStringLiteral("timeout"));
    QVERIFY(!audit.index(0, AuditLogModel::Outcome).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(audit.index(1, AuditLogModel::Device).data().toString(), QString());

    ReportLibraryModel library;
    QAbstractItemModelTester libraryTester(&library, QAbstractItemModelTester::FailureReportingMode::QtTest);
    library.addEntry({QStringLiteral("/tmp/a/ack.xml"), QStringLiteral("ACK file"), QStringLiteral("for PID:X,SN:Y"),
                      QStringLiteral("Recognised"), QDateTime::currentDateTime()});
    library.addEntry({QStringLiteral("/tmp/a/ack.xml"), QStringLiteral("ACK file"), QStringLiteral("again"),
                      QStringLiteral("Imported"), QDateTime::currentDateTime()});
    QCOMPARE(library.rowCount(), 1);
    QCOMPARE(library.index(0, ReportLibraryModel::File).data().toString(), QStringLiteral("ack.xml"));
    QCOMPARE(library.index(0, ReportLibraryModel::State).data().toString(), QStringLiteral("Imported"));

    KnownHostsModel hosts;
    QAbstractItemModelTester hostsTester(&hosts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    KnownHostEntry plain;
    plain.hosts = QStringLiteral("[127.0.0.2]:2222,other");
    plain.key.type = QStringLiteral("ssh-ed25519");
    plain.key.blob = QByteArray(32, 'k');
    plain.lineNumber = 3;
    KnownHostEntry hashed = plain;
    hashed.hosts = QStringLiteral("|1|abc|def");
    hashed.hashed = true;
    hosts.setEntries({plain, hashed});
    QCOMPARE(hosts.index(0, KnownHostsModel::Host).data().toString(), QStringLiteral("127.0.0.2"));
    QCOMPARE(hosts.index(0, KnownHostsModel::Port).data().toInt(), 2222);
    QVERIFY(hosts.index(0, KnownHostsModel::Fingerprint).data().toString().startsWith(QLatin1String("SHA256:")));
    QCOMPARE(hosts.index(1, KnownHostsModel::Host).data().toString(), QStringLiteral("(hashed name)"));
    QVERIFY(!KnownHostsModel::targetOf(hashed));
    KnownHostEntry standard = plain;
    standard.hosts = QStringLiteral("r1");
    QCOMPARE(KnownHostsModel::targetOf(standard)->port, quint16(22));
    standard.hosts = QStringLiteral("[bad");
    QVERIFY(!KnownHostsModel::targetOf(standard));
}

void TestUiModels::complianceStatesLookDifferent()
{
    QSet<QString> words;
    QSet<qint64> icons;
    for (ComplianceState state : ComplianceStyle::statesWorstFirst()) {
        words.insert(ComplianceStyle::text(state));
        const QImage image = ComplianceStyle::icon(state).pixmap(16, 16).toImage();
        icons.insert(image.cacheKey()
                         ? qHash(QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()))
                         : 0);
        QVERIFY(!ComplianceStyle::description(state).isEmpty());
    }
    QCOMPARE(ComplianceStyle::statesWorstFirst().size(), 11);
    QCOMPARE(words.size(), 11); // a word per state
    // Shapes differ per state (no-trust and out-of-compliance share the warning triangle but not the colour).
    QVERIFY(icons.size() >= 10);
    QCOMPARE(ComplianceStyle::dueReasonText(QStringLiteral("first_report")), QStringLiteral("first report"));
    QCOMPARE(ComplianceStyle::dueReasonText(QStringLiteral("something_new")), QStringLiteral("something_new"));
}

void TestUiModels::libraryFilesFromTheStore()
{
    test::TestConsole console;
    QVERIFY(console.open());
    const qint64 deviceId = console.addDevice(test::makeDevice(1));
    LibraryFilesModel model(console.context());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ReportLibrary library(console.context().store(), console.context().libraryDirectory());
    LibraryFileInput rum;
    rum.kind = LibraryFileKind::Rum;
    rum.state = LibraryFileState::Bundled;
    rum.content = "<RUMReport/>";
    rum.fileName = QStringLiteral("slpc_usage.xml");
    rum.deviceId = deviceId;
    rum.udi = QStringLiteral("PID:NCS-5504,SN:FOX1");
    rum.reportIds = {QStringLiteral("11"), QStringLiteral("12")};
    QVERIFY(test::waitFor(library.add(rum)));
    LibraryFileInput bundle;
    bundle.kind = LibraryFileKind::UploadBundle;
    bundle.content = "bundle bytes";
    bundle.fileName = QStringLiteral("UD_SA_20261129_120000.tar.gz");
    QVERIFY(test::waitFor(library.add(bundle)));

    QSignalSpy reloaded(&model, &LibraryFilesModel::reloaded);
    model.reload();
    QVERIFY(test::waitForCount(reloaded, 1));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(LibraryFilesModel::ColumnCount));
    // Newest first: the bundle, then the report with its device and ids.
    QCOMPARE(model.index(0, LibraryFilesModel::Kind).data().toString(), QStringLiteral("Bundle for Cisco"));
    QCOMPARE(model.index(0, LibraryFilesModel::Device).data().toString(), QString());
    QCOMPARE(model.index(1, LibraryFilesModel::Kind).data().toString(), QStringLiteral("Usage report (RUM)"));
    QCOMPARE(model.index(1, LibraryFilesModel::State).data().toString(), QStringLiteral("In a bundle"));
    QCOMPARE(model.index(1, LibraryFilesModel::Device).data().toString(), test::makeDevice(1).hostname);
    QCOMPARE(model.index(1, LibraryFilesModel::Udi).data().toString(), QStringLiteral("PID:NCS-5504,SN:FOX1"));
    QCOMPARE(model.index(1, LibraryFilesModel::ReportIds).data().toString(), QStringLiteral("11 12"));
    QCOMPARE(model.index(1, LibraryFilesModel::FileName).data().toString(), QStringLiteral("slpc_usage.xml"));
    // A flow saying "library changed" reloads it.
    QSignalSpy again(&model, &LibraryFilesModel::reloaded);
    connect(&console.context(), &ConsoleContext::libraryChanged, &model, &LibraryFilesModel::reload);
    console.context().notifyLibraryChanged();
    QVERIFY(test::waitForCount(again, 1));
    QCOMPARE(model.rowCount(), 2);
}

void TestUiModels::transportPreviewFollowsTheDialog()
{
    TransportDialog dialog(2);
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("url"));
    QVERIFY(url);
    url->setText(QStringLiteral("https://cslu.example.net/cslu/v1/pi"));
    auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("commandPreview"));
    QVERIFY(preview);
    QCOMPARE(preview->toPlainText(), dialog.previewLines().join(u'\n'));
    QVERIFY2(
        preview->toPlainText().contains(QLatin1String("license smart url cslu https://cslu.example.net/cslu/v1/pi")),
        qPrintable(preview->toPlainText()));
    // A value that may not go on a router command line is named and blocks Apply.
    url->setText(QStringLiteral("https://x.example/ ; reload"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problem"));
    QVERIFY(problem);
    QVERIFY(!problem->text().isEmpty());
    QVERIFY(preview->toPlainText().isEmpty());
}

SLP_UI_TEST_MAIN(TestUiModels)
#include "test_ui_models.moc"
