// The console against xrsim: the demo lab (24 routers) from start to a populated dashboard, and a
// 200-router refresh that must never stall the GUI thread for more than 100 ms; cancel and retry from
// the Jobs view.
#include "MainWindow.h"
#include "StallWatch.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "actions/AckUploadController.h"
#include "app/ConsoleContext.h"
#include "dashboard/DashboardView.h"
#include "demo/DemoLab.h"
#include "devices/DeviceInventory.h"
#include "devices/DeviceTableModel.h"
#include "devices/DevicesView.h"
#include "flows/ExportBundleJob.h"
#include "flows/Job.h"
#include "flows/JobManager.h"
#include "jobs/JobListModel.h"
#include "jobs/JobsView.h"
#include "main/DeviceActionController.h"
#include "reports/LibraryFilesModel.h"
#include "reports/ReportsView.h"
#include "secrets/InMemorySecretStore.h"
#include "settings/ConsoleSettings.h"
#include "settings/SettingsDialog.h"
#include "slr/SlrSession.h"
#include "slr/SlrSummaryPage.h"
#include "slr/SlrWizard.h"
#include "ssh/KnownHostsFile.h"
#include "store/Store.h"
#include "style/ComplianceStyle.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace slp;
using namespace slp::ui;

namespace {

// One console on one running lab.
struct LabConsole
{
    // `withCssm`: cssmsim runs too and the console's CSSM settings point at it.
    explicit LabConsole(const QString &fleetPath, bool withCssm = false)
        : lab(DemoLab::Options {fleetPath, test::builtExecutable(QStringLiteral("xrsim")), dir.path(), 60'000,
                                withCssm ? test::builtExecutable(QStringLiteral("cssmsim")) : QString()})
    {
        ConsoleContext::Paths paths {lab.databasePath(), lab.knownHostsPath()};
        context = std::make_unique<ConsoleContext>(std::make_unique<ConsoleSettings>(lab.settingsPath()),
                                                   std::make_unique<InMemorySecretStore>(), paths);
    }

    // Starts the lab, opens the database, preloads it, waits for the device table.
    bool start(int routers, QString *error)
    {
        QSignalSpy ready(&lab, &DemoLab::ready);
        QSignalSpy failed(&lab, &DemoLab::failed);
        lab.start();
        if (!test::waitForCount(ready, 1, 90'000)) {
            *error = failed.isEmpty() ? QStringLiteral("the lab did not get ready")
                                      : failed.constFirst().constFirst().toString();
            return false;
        }
        QSignalSpy opened(context.get(), &ConsoleContext::ready);
        context->open();
        if (!test::waitForCount(opened, 1, 30'000)) {
            *error = QStringLiteral("the database did not open");
            return false;
        }
        window = std::make_unique<MainWindow>(*context);
        window->show();
        QSignalSpy preloaded(&lab, &DemoLab::preloaded);
        lab.preload(*context);
        if (!test::waitForCount(preloaded, 1, 60'000)) {
            *error = failed.isEmpty() ? QStringLiteral("the lab was not preloaded")
                                      : failed.constFirst().constFirst().toString();
            return false;
        }
        context->notifyDevicesChanged();
        if (!QTest::qWaitFor([&] { return window->inventory()->model()->rowCount() == routers; }, 30'000)) {
            *error = QStringLiteral("the device table shows %1 devices").arg(window->inventory()->model()->rowCount());
            return false;
        }
        return true;
    }

    // Selects every device in the table and triggers Refresh as an admin would (Ctrl+A, F5).
    void refreshAllFromTheTable()
    {
        window->showPage(MainWindow::Page::Devices);
        window->devices()->table()->selectAll();
        window->actions()->action(DeviceAction::Refresh)->trigger();
    }

    QTemporaryDir dir;
    DemoLab lab;
    std::unique_ptr<ConsoleContext> context;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TestUiLab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demoLabFromStartToDashboard();
    void refreshOf200RoutersNeverStallsTheGuiThread();
    void cancelAndRetryFromTheJobsView();
    void uploadFromCiscoImportsTheAckBundle();
    void settingsTestConnectionReachesTheLabCssm();
    void slrWizardFromStartToEnd();

private:
    QString writeFleet(const QString &name, const QJsonObject &fleet);

    QTemporaryDir m_fleetDir;
};

QString TestUiLab::writeFleet(const QString &name, const QJsonObject &fleet)
{
    const QString path = m_fleetDir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(fleet).toJson()) < 0)
        return {};
    return path;
}

void TestUiLab::initTestCase()
{
    QVERIFY2(!test::builtExecutable(QStringLiteral("xrsim")).isEmpty(), "xrsim is not built");
}

void TestUiLab::demoLabFromStartToDashboard()
{
    const QString fleet = DemoLab::findFleet();
    QVERIFY2(!fleet.isEmpty(), "resources/demo-lab/fleet.json not found");
    LabConsole console(fleet);
    QString error;
    QVERIFY2(console.start(24, &error), qPrintable(error));
    // The lab's host keys were accepted up front, and the devices carry their fingerprints.
    QCOMPARE(KnownHostsFile(console.lab.knownHostsPath()).entries().size(), 24);
    const DeviceTableModel &model = *console.window->inventory()->model();
    const DeviceRow *vienna = nullptr;
    for (const DeviceRow &row : model.rows()) {
        QVERIFY(row.overview.device.hostKeyFingerprint.startsWith(QLatin1String("SHA256:")));
        if (row.overview.device.hostname == QLatin1String("vie-p04"))
            vienna = &row;
    }
    QVERIFY(vienna);
    QCOMPARE(vienna->overview.device.site, QStringLiteral("Vienna"));
    QCOMPARE(vienna->overview.device.tags, (QStringList {QStringLiteral("demo"), QStringLiteral("p")}));

    QSignalSpy finished(console.context->jobs(), &JobManager::jobFinished);
    console.refreshAllFromTheTable();
    QVERIFY(test::waitForCount(finished, 1, 180'000));
    DashboardView *dashboard = console.window->dashboard();
    // The two routers that refuse connections are unreachable; the three reservations are installed.
    QVERIFY(QTest::qWaitFor([&] { return dashboard->tileCount(ComplianceState::Unreachable) == 2; }, 30'000));
    QCOMPARE(dashboard->tileCount(ComplianceState::SlrInstalled), 3);
    QCOMPARE(dashboard->tileCount(ComplianceState::Unknown), 0);
    int total = 0;
    for (ComplianceState state : ComplianceStyle::statesWorstFirst())
        total += dashboard->tileCount(state);
    QCOMPARE(total, 24);
    QVERIFY(dashboard->tileCount(ComplianceState::Overdue) + dashboard->tileCount(ComplianceState::OutOfCompliance)
            >= 2);

    // The simulators stop with the lab.
    console.lab.stop();
    QVERIFY(!console.lab.isRunning());
}

void TestUiLab::refreshOf200RoutersNeverStallsTheGuiThread()
{
    LabConsole console(
        writeFleet(QStringLiteral("fleet-200.json"), test::plainFleet(200, QStringLiteral("lab-Secret-200"))));
    QString error;
    QVERIFY2(console.start(200, &error), qPrintable(error));

    JobManager *jobs = console.context->jobs();
    QSignalSpy finished(jobs, &JobManager::jobFinished);
    test::StallWatch watch;
    watch.start();
    console.refreshAllFromTheTable();
    QVERIFY(test::waitForCount(finished, 1, 300'000));
    // The views reload after the job; that is part of what must stay smooth.
    QVERIFY(
        QTest::qWaitFor([&] { return console.window->dashboard()->tileCount(ComplianceState::Unknown) == 0; }, 30'000));
    QTest::qWait(200);
    watch.stop();
    const qint64 jobId = finished.constFirst().constFirst().toLongLong();
    auto steps = console.context->store().jobSteps(jobId);
    QVERIFY(test::waitFor(steps));
    QCOMPARE(steps.result().value.size(), 200);
    QStringList failures;
    for (const JobStepRecord &step : steps.result().value) {
        if (step.state != JobStepState::Succeeded)
            failures.append(QStringLiteral("device %1: %2").arg(step.deviceId).arg(step.message));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 10).join(u'\n')));
    QCOMPARE(finished.constFirst().at(1).value<JobState>(), JobState::Succeeded);
    qInfo("GUI thread: %d ticks; longest gap %lld ms, longest stall %lld ms", watch.ticks(), watch.longestGapMs(),
          watch.longestStallMs());
    QVERIFY(watch.ticks() > 10);
    QVERIFY2(watch.longestStallMs() <= 100, qPrintable(watch.gapsOver(100).join(u'\n')));
}

void TestUiLab::cancelAndRetryFromTheJobsView()
{
    // Slow routers (xrsim's slow-output fault), so that the job still runs when Cancel is clicked.
    const QJsonObject slow {{QStringLiteral("slowOutputBytesPerSecond"), 3000}};
    LabConsole console(
        writeFleet(QStringLiteral("fleet-slow.json"), test::plainFleet(40, QStringLiteral("lab-Secret-40"), slow)));
    QString error;
    QVERIFY2(console.start(40, &error), qPrintable(error));
    JobManager *jobs = console.context->jobs();
    QSignalSpy added(jobs, &JobManager::jobAdded);
    QSignalSpy finished(jobs, &JobManager::jobFinished);
    console.refreshAllFromTheTable();
    QVERIFY(test::waitForCount(added, 1, 30'000));
    const qint64 jobId = added.constFirst().constFirst().toLongLong();
    console.window->showPage(MainWindow::Page::Jobs);
    JobsView *view = console.window->jobs();
    QVERIFY(QTest::qWaitFor(
        [&] {
            view->selectJob(jobId);
            return view->cancelButton()->isEnabled();
        },
        30'000));
    QTest::mouseClick(view->cancelButton(), Qt::LeftButton);
    QVERIFY(test::waitForCount(finished, 1, 60'000));
    QCOMPARE(finished.constFirst().constFirst().toLongLong(), jobId);
    QCOMPARE(finished.constFirst().at(1).value<JobState>(), JobState::Cancelled);
    Job *job = jobs->job(jobId);
    QVERIFY(job);
    QVERIFY(job->progress().cancelled > 0);
    // The Jobs view shows the outcome, and the cancelled devices can be retried from it.
    QVERIFY(QTest::qWaitFor(
        [&] {
            view->selectJob(jobId);
            return view->retryButton()->isEnabled() && !view->cancelButton()->isEnabled();
        },
        30'000));
    QCOMPARE(view->jobModel()->index(view->jobModel()->rowOf(jobId), JobListModel::State).data().toString(),
             QStringLiteral("Cancelled"));
    finished.clear();
    QTest::mouseClick(view->retryButton(), Qt::LeftButton);
    QVERIFY(test::waitForCount(finished, 1, 300'000));
    QCOMPARE(finished.constFirst().at(1).value<JobState>(), JobState::Succeeded);
    QCOMPARE(job->progress().succeeded, 40);
}

// The offline round trip through the console: Download All for Cisco writes the bundle, cssmsim plays
// the CSSM portal (`cssmsim ack-bundle`), and Upload from Cisco with the returned ACK bundle matches
// each ACK to its device by UDI and imports it: every device's last ACK moves, the library lists the
// bundle and the ACKs. The lab's CSSM also got configured by the demo lab.
void TestUiLab::uploadFromCiscoImportsTheAckBundle()
{
    const QString fleetPath
        = writeFleet(QStringLiteral("fleet-offline.json"), test::plainFleet(3, QStringLiteral("lab-Secret-3")));
    LabConsole console(fleetPath, true);
    QString error;
    QVERIFY2(console.start(3, &error), qPrintable(error));
    QVERIFY(console.lab.hasCssm());
    QVERIFY(QTest::qWaitFor([&] { return console.context->isCssmConfigured(); }, 10'000));
    JobManager *jobs = console.context->jobs();
    QSignalSpy finished(jobs, &JobManager::jobFinished);
    console.refreshAllFromTheTable();
    QVERIFY(test::waitForCount(finished, 1, 120'000));

    auto overview = [&] {
        QHash<qint64, QDateTime> lastAck;
        auto devices = console.context->store().deviceOverview();
        if (test::waitFor(devices)) {
            for (const DeviceOverview &device : devices.result().value)
                lastAck.insert(device.device.id, device.latest ? device.latest->lastAck : QDateTime());
        }
        return lastAck;
    };
    const QHash<qint64, QDateTime> before = overview();
    QCOMPARE(before.size(), 3);
    QList<qint64> ids = before.keys();

    ExportBundleJob::Settings bundle;
    bundle.outputPath = console.dir.filePath(QStringLiteral("UD_SA_test.tar.gz"));
    jobs->startJob(new ExportBundleJob(jobs->environment(), console.context->jobOptions(), bundle), ids);
    QVERIFY(test::waitForCount(finished, 2, 120'000));
    QCOMPARE(finished.at(1).at(1).value<JobState>(), JobState::Succeeded);
    QVERIFY(QFileInfo::exists(bundle.outputPath));

    const QString acks = console.dir.filePath(QStringLiteral("ACK_UD_SA_test.tar.gz"));
    QProcess portal;
    portal.setProcessChannelMode(QProcess::MergedChannels);
    portal.start(test::builtExecutable(QStringLiteral("cssmsim")),
                 {QStringLiteral("ack-bundle"), bundle.outputPath, acks, QStringLiteral("--fleet"), fleetPath});
    QVERIFY(portal.waitForFinished(60'000));
    QVERIFY2(portal.exitCode() == 0, portal.readAll().constData());

    // The ACKs are a second apart at least from the refresh's state: the router compares times.
    QSignalSpy planned(console.window->actions()->ackUpload(), &AckUploadController::planned);
    console.window->actions()->uploadFromCisco({acks}, false);
    QVERIFY(test::waitForCount(planned, 1, 30'000));
    QCOMPARE(planned.constFirst().at(1).toInt(), 3);
    QVERIFY(test::waitForCount(finished, 3, 120'000));
    const qint64 importJob = finished.at(2).at(0).toLongLong();
    auto steps = console.context->store().jobSteps(importJob);
    QVERIFY(test::waitFor(steps));
    QStringList failures;
    for (const JobStepRecord &step : steps.result().value) {
        if (step.state != JobStepState::Succeeded)
            failures.append(step.message);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(steps.result().value.size(), 3);
    const QHash<qint64, QDateTime> after = overview();
    for (const qint64 id : ids)
        QVERIFY2(after.value(id) > before.value(id), qPrintable(QString::number(id)));

    // The report library shows the bundle sent and the bundle and ACKs received.
    LibraryFilesModel *library = console.window->reports()->libraryModel();
    QVERIFY(QTest::qWaitFor([&] { return library->rowCount() >= 3 + 1 + 3 + 1; }, 30'000));
    QAbstractItemModelTester tester(library, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

// The demo lab stored its CSSM (cssmsim) with CssmSettingsStore; the Settings dialog shows it and
// "Test Connection" gets a token and the license summary over HTTPS with the lab's CA.
void TestUiLab::settingsTestConnectionReachesTheLabCssm()
{
    LabConsole console(writeFleet(QStringLiteral("fleet-1.json"), test::plainFleet(1, QStringLiteral("lab-Secret-1"))),
                       true);
    QString error;
    QVERIFY2(console.start(1, &error), qPrintable(error));
    QVERIFY(QTest::qWaitFor([&] { return console.context->isCssmConfigured(); }, 10'000));
    SettingsDialog dialog(*console.context);
    dialog.show();
    dialog.showPage(SettingsDialog::Cssm);
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("testResult"));
    QVERIFY(result);
    // The fields come from the store: the lab's token URL appears.
    const auto fields = dialog.findChildren<QLineEdit *>();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::any_of(fields.cbegin(), fields.cend(), [&](const QLineEdit *edit) {
                return edit->text() == console.lab.cssmEndpoint().tokenUrl;
            });
        },
        10'000));
    dialog.findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
    QVERIFY(
        QTest::qWaitFor([&] { return result->text().startsWith(QLatin1String("Connected to 127.0.0.1")); }, 60'000));
    QVERIFY2(result->text().contains(QLatin1String("token received")), qPrintable(result->text()));
}

// The SLR wizard as an admin runs it against the lab: pick two routers, prechecks, enable
// reservation and request codes on the routers, authorization codes from CSSM (cssmsim's pool),
// install, and a summary whose confirmation codes the routers gave.
void TestUiLab::slrWizardFromStartToEnd()
{
    const QString fleetPath
        = writeFleet(QStringLiteral("fleet-slr.json"), test::plainFleet(2, QStringLiteral("lab-Secret-4")));
    // The lab's CSSM account with a pool of the license these routers use, next to the fleet file
    // where the demo lab looks for it.
    QFile demoAccounts(qEnvironmentVariable("SLP_SOURCE_DIR")
                       + QStringLiteral("/resources/demo-lab/cssm-accounts.json"));
    QVERIFY(demoAccounts.open(QIODevice::ReadOnly));
    QJsonObject accounts = QJsonDocument::fromJson(demoAccounts.readAll()).object();
    QJsonArray smartAccounts = accounts.value(QStringLiteral("accounts")).toArray();
    QVERIFY(!smartAccounts.isEmpty());
    QJsonObject smartAccount = smartAccounts.at(0).toObject();
    QJsonArray virtualAccounts = smartAccount.value(QStringLiteral("virtualAccounts")).toArray();
    for (qsizetype index = 0; index < virtualAccounts.size(); ++index) {
        QJsonObject virtualAccount = virtualAccounts.at(index).toObject();
        QJsonArray licenses = virtualAccount.value(QStringLiteral("licenses")).toArray();
        licenses.append(QJsonObject {{QStringLiteral("tag"), QStringLiteral("ESS-SE-100G-RTU-1")},
                                     {QStringLiteral("displayName"), QStringLiteral("ESS_100G_RTU_1")},
                                     {QStringLiteral("quantity"), 100},
                                     {QStringLiteral("type"), QStringLiteral("PERPETUAL")},
                                     {QStringLiteral("enforced"), false},
                                     {QStringLiteral("exportRestricted"), false}});
        virtualAccount.insert(QStringLiteral("licenses"), licenses);
        virtualAccounts.replace(index, virtualAccount);
    }
    smartAccount.insert(QStringLiteral("virtualAccounts"), virtualAccounts);
    smartAccounts.replace(0, smartAccount);
    accounts.insert(QStringLiteral("accounts"), smartAccounts);
    QFile accountsFile(m_fleetDir.filePath(QStringLiteral("cssm-accounts.json")));
    QVERIFY(accountsFile.open(QIODevice::WriteOnly));
    QVERIFY(accountsFile.write(QJsonDocument(accounts).toJson()) > 0);
    accountsFile.close();

    LabConsole console(fleetPath, true);
    QString error;
    QVERIFY2(console.start(2, &error), qPrintable(error));
    QVERIFY(QTest::qWaitFor([&] { return console.context->isCssmConfigured(); }, 10'000));
    QSignalSpy finished(console.context->jobs(), &JobManager::jobFinished);
    console.refreshAllFromTheTable();
    QVERIFY(test::waitForCount(finished, 1, 120'000));
    QCOMPARE(finished.constFirst().at(1).value<JobState>(), JobState::Succeeded);

    QList<qint64> ids;
    for (const DeviceRow &row : console.window->inventory()->model()->rows())
        ids.append(row.deviceId());
    QCOMPARE(ids.size(), 2);
    console.window->openSlrWizard(ids);
    SlrWizard *wizard = console.window->slrWizard();
    QVERIFY(wizard);
    SlrSession *session = wizard->session();
    QSignalSpy loaded(session, &SlrSession::devicesLoaded);
    QSignalSpy flows(session, &SlrSession::flowFinished);
    wizard->next();
    QVERIFY(test::waitForCount(loaded, 1, 30'000));
    QCOMPARE(wizard->currentId(), int(SlrWizard::PrecheckPage));

    wizard->next();
    QCOMPARE(wizard->currentId(), int(SlrWizard::RequestPage));
    wizard->findChild<QPushButton *>(QStringLiteral("requestCodes"))->click();
    QVERIFY(test::waitForCount(flows, 1, 120'000));
    QVERIFY2(flows.at(0).at(0).toBool(), qPrintable(flows.at(0).at(1).toStringList().join(u'\n')));
    QVERIFY(QTest::qWaitFor([&] { return loaded.size() >= 2; }, 30'000));
    for (const SlrDevice &device : session->devices())
        QVERIFY2(!device.requestCode.isEmpty(), qPrintable(device.hostname));

    wizard->next();
    QCOMPARE(wizard->currentId(), int(SlrWizard::AuthorizationPage));
    QVERIFY(session->canInstallOnline());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SlrWizard::InstallPage));
    wizard->findChild<QPushButton *>(QStringLiteral("install"))->click();
    QVERIFY(test::waitForCount(flows, 2, 120'000));
    QVERIFY2(flows.at(1).at(0).toBool(), qPrintable(flows.at(1).at(1).toStringList().join(u'\n')));
    QVERIFY(QTest::qWaitFor([&] { return loaded.size() >= 3; }, 30'000));

    wizard->next();
    auto *summary = qobject_cast<SlrSummaryPage *>(wizard->currentPage());
    QVERIFY(summary);
    const QByteArray csv = summary->summaryCsv();
    QCOMPARE(csv.count("SPECIFIC INSTALLED"), 2);
    for (const SlrDevice &device : session->devices())
        QVERIFY2(device.isInstalled(), qPrintable(device.hostname));
    wizard->close();
}

SLP_UI_TEST_MAIN(TestUiLab)
#include "test_ui_lab.moc"
