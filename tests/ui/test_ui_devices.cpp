// The Devices view against a real store: add a device with the dialog, import a CSV with bad rows,
// export it, filter, and read a device's details.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "devices/CsvImportReportDialog.h"
#include "devices/CsvInventoryController.h"
#include "devices/DeviceDetailPane.h"
#include "devices/DeviceDialog.h"
#include "devices/DeviceFilterProxy.h"
#include "devices/DeviceInventory.h"
#include "devices/DeviceTableModel.h"
#include "devices/DevicesView.h"
#include "devices/SnapshotFacts.h"
#include "devices/SnapshotHistoryModel.h"
#include "devices/UsageTableModel.h"
#include "main/DeviceActionController.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace slp;
using namespace slp::ui;

namespace {

template<typename T> T *waitForTopLevel(const QString &objectName = {}, int timeoutMs = 10'000)
{
    T *found = nullptr;
    QElapsedTimer timer;
    timer.start();
    while (!found && timer.elapsed() < timeoutMs) {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *typed = qobject_cast<T *>(widget);
                typed && typed->isVisible() && (objectName.isEmpty() || typed->objectName() == objectName)) {
                found = typed;
                break;
            }
        }
        if (!found)
            QTest::qWait(10);
    }
    return found;
}

bool waitForDevices(MainWindow &window, int count)
{
    return QTest::qWaitFor([&] { return window.inventory()->model()->rowCount() == count; }, 15'000);
}

} // namespace

class TestUiDevices : public QObject
{
    Q_OBJECT
private slots:
    void addDeviceWithTheDialog();
    void dialogRefusesBadInputAndDuplicates();
    void csvImportShowsEveryBadRow();
    void csvExportWritesTheInventory();
    void detailPaneShowsTheSnapshot();
    void snapshotFactsReadTheStateDocument();
    void removeAndDisabledFlows();
};

void TestUiDevices::addDeviceWithTheDialog()
{
    test::TestConsole console;
    QVERIFY(console.open());
    MainWindow window(console.context());
    window.show();
    QVERIFY(QTest::qWaitFor([&] { return window.inventory()->hasLoaded(); }));
    QCOMPARE(window.inventory()->model()->rowCount(), 0);

    window.addDevice();
    auto *dialog = waitForTopLevel<DeviceDialog>();
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("hostname")), QStringLiteral("pe1-fra"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("address")), QStringLiteral("192.0.2.10"));
    dialog->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(2222);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("site")), QStringLiteral("Frankfurt"));
    // No credential profile exists yet: without a user the device could not log in.
    QVERIFY(!ok->isEnabled());
    QVERIFY2(dialog->errorText().startsWith(QLatin1String("username:")), qPrintable(dialog->errorText()));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("username")), QStringLiteral("admin"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("tags")), QStringLiteral("core, lab"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QVERIFY(waitForDevices(window, 1));
    const DeviceRow &row = window.inventory()->model()->rows().constFirst();
    QCOMPARE(row.overview.device.hostname, QStringLiteral("pe1-fra"));
    QCOMPARE(row.overview.device.port, 2222);
    QCOMPARE(row.overview.device.tags, (QStringList {QStringLiteral("core"), QStringLiteral("lab")}));
    QCOMPARE(row.state, ComplianceState::Unknown);
    // The new device is shown and selected in the Devices view, its details in the pane.
    QVERIFY(QTest::qWaitFor([&] { return window.devices()->selectedDeviceIds() == QList<qint64> {row.deviceId()}; }));
    QCOMPARE(window.currentPage(), MainWindow::Page::Devices);
    QCOMPARE(window.devices()->detailPane()->deviceId(), row.deviceId());

    // And it was audited with the console's actor.
    auto audit = console.context().store().auditLog();
    QVERIFY(test::waitFor(audit));
    QVERIFY(!audit.result().value.isEmpty());
    QCOMPARE(audit.result().value.constFirst().deviceId, row.deviceId());
}

void TestUiDevices::dialogRefusesBadInputAndDuplicates()
{
    test::TestConsole console;
    QVERIFY(console.open());
    QVERIFY(console.addDevice(test::makeDevice(1)) > 0);
    DeviceDialog dialog(console.context(), {});
    dialog.show();
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("hostname")), QStringLiteral("bad name!"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("address")), QStringLiteral("192.0.2.99"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("username")), QStringLiteral("admin"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(dialog.errorText().startsWith(QLatin1String("hostname:")), qPrintable(dialog.errorText()));
    // A valid name that is already taken: the store refuses and the dialog stays open with its message.
    dialog.findChild<QLineEdit *>(QStringLiteral("hostname"))->setText(test::makeDevice(1).hostname);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return dialog.errorText() != QLatin1String("Saving..."); }));
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(test::makeDevice(1).hostname), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestUiDevices::csvImportShowsEveryBadRow()
{
    test::TestConsole console;
    QVERIFY(console.open());
    MainWindow window(console.context());
    window.show();
    QVERIFY(QTest::qWaitFor([&] { return window.inventory()->hasLoaded(); }));
    const QByteArray csv = "hostname,address,port,username,credential,tags,site\n"
                           "pe1,192.0.2.1,22,admin,,core,Frankfurt\n"
                           "pe2,192.0.2.2,70000,admin,,,\n"
                           "pe3,192.0.2.3,,admin,,edge;lab,Vienna\n"
                           "pe1,192.0.2.4,22,admin,,,\n";
    const QString path = console.path(QStringLiteral("inventory.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();

    window.csv()->importFile(path);
    auto *report = waitForTopLevel<CsvImportReportDialog>();
    QVERIFY(report);
    QTableWidget *issues = report->issueTable();
    QCOMPARE(issues->rowCount(), 2);
    // Every bad row with its physical line number and field.
    QCOMPARE(issues->item(0, 0)->data(Qt::DisplayRole).toInt(), 3);
    QCOMPARE(issues->item(0, 1)->text(), QStringLiteral("port"));
    QVERIFY(issues->item(0, 2)->text().contains(QLatin1String("70000")));
    QCOMPARE(issues->item(1, 0)->data(Qt::DisplayRole).toInt(), 5);
    QCOMPARE(issues->item(1, 1)->text(), QStringLiteral("hostname"));
    QCOMPARE(window.inventory()->model()->rowCount(), 0); // nothing imported
    QVERIFY(report->importGoodRowsButton());
    QVERIFY(report->importGoodRowsButton()->text().contains(QLatin1String("2")));

    QSignalSpy finished(window.csv(), &CsvInventoryController::finished);
    QTest::mouseClick(report->importGoodRowsButton(), Qt::LeftButton);
    QVERIFY(test::waitForCount(finished, 1, 30'000));
    QCOMPARE(finished.constLast().constFirst().toString(),
             QStringLiteral("Imported 2 devices from inventory.csv. 2 bad rows left out."));
    QVERIFY(waitForDevices(window, 2));
    QCOMPARE(window.inventory()->model()->sites(),
             (QStringList {QStringLiteral("Frankfurt"), QStringLiteral("Vienna")}));
    // The site filter offers the imported sites.
    auto *siteFilter = window.devices()->findChild<QComboBox *>(QStringLiteral("siteFilter"));
    QCOMPARE(siteFilter->count(), 3);
    siteFilter->setCurrentIndex(siteFilter->findText(QStringLiteral("Vienna")));
    QCOMPARE(window.devices()->proxy()->rowCount(), 1);
    QCOMPARE(window.devices()->findChild<QLabel *>(QStringLiteral("deviceCount"))->text(),
             QStringLiteral("Showing 1 of 2 devices"));
}

void TestUiDevices::csvExportWritesTheInventory()
{
    test::TestConsole console;
    QVERIFY(console.open());
    QVERIFY(console.addDevice(test::makeDevice(7, QStringLiteral("Oslo"), {QStringLiteral("core")})) > 0);
    MainWindow window(console.context());
    const QString path = console.path(QStringLiteral("export.csv"));
    QSignalSpy finished(window.csv(), &CsvInventoryController::finished);
    window.csv()->exportFile(path);
    QVERIFY(test::waitForCount(finished, 1, 30'000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // CSV lines end with CRLF (RFC 4180).
    QCOMPARE(lines.at(0), QByteArray("hostname,address,port,username,credential,tags,site\r"));
    QCOMPARE(lines.at(1), QByteArray("r00007,10.0.0.7,22,admin,,core,Oslo\r"));
}

void TestUiDevices::detailPaneShowsTheSnapshot()
{
    test::TestConsole console;
    QVERIFY(console.open());
    const qint64 id = console.addDevice(test::makeDevice(3, QStringLiteral("Vienna")));
    QVERIFY(console.addSnapshot(test::makeSnapshot(id, QStringLiteral("healthy"), 200)) > 0);
    SnapshotRecord later = test::makeSnapshot(id, QStringLiteral("overdue"), -3);
    later.summary.takenAt = later.summary.takenAt.addSecs(60);
    QJsonObject laterStatus;
    laterStatus.insert(QStringLiteral("trust_code"), QJsonObject {{QStringLiteral("installed"), true}});
    laterStatus.insert(
        QStringLiteral("transport"),
        QJsonObject {{QStringLiteral("type"), QStringLiteral("smart")}, {QStringLiteral("proxy_configured"), false}});
    QJsonObject laterCommands;
    laterCommands.insert(QStringLiteral("show license status"), QJsonObject {{QStringLiteral("data"), laterStatus}});
    later.state.insert(QStringLiteral("commands"), laterCommands);
    later.state.insert(QStringLiteral("compliance"),
                       QJsonObject {{QStringLiteral("findings"),
                                     QJsonArray {QStringLiteral("Overdue since 2024-01-01 (periodic report)")}}});
    QVERIFY(console.addSnapshot(later) > 0);

    MainWindow window(console.context());
    window.show();
    QVERIFY(waitForDevices(window, 1));
    DeviceDetailPane *pane = window.devices()->detailPane();
    QSignalSpy loaded(pane, &DeviceDetailPane::loaded);
    QAbstractItemModelTester usageTester(pane->usageModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester historyTester(pane->historyModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.devices()->showDevice(id);
    QVERIFY(test::waitForCount(loaded, 1, 30'000));
    QCOMPARE(pane->usageModel()->rowCount(), 2);
    QCOMPARE(pane->usageModel()->index(1, UsageTableModel::Name).data().toString(), QStringLiteral("A9K_400GE_TRK"));
    QCOMPARE(pane->historyModel()->rowCount(), 2);
    QCOMPARE(pane->historyModel()->index(0, SnapshotHistoryModel::State).data().toString(), QStringLiteral("Overdue"));
    QCOMPARE(pane->historyModel()->index(1, SnapshotHistoryModel::State).data().toString(), QStringLiteral("Healthy"));
    QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("detailState"))->text().left(7), QStringLiteral("Overdue"));
    QCOMPARE(pane->tabs()->count(), 7);
    // Licenses column of the table: the usage rows of the latest snapshot (one store query for all).
    QCOMPARE(window.inventory()->model()->index(0, DeviceTableModel::Licenses).data().toInt(), 2);
}

void TestUiDevices::snapshotFactsReadTheStateDocument()
{
    // The shape RefreshJob stores ("slp-snapshot/1"): parsed outputs under commands.<command>.data.
    const auto category = [](int first, int frequency, int onChange) {
        return QJsonObject {{QStringLiteral("first_report_days"), first},
                            {QStringLiteral("reporting_frequency_days"), frequency},
                            {QStringLiteral("report_on_change_days"), onChange}};
    };
    const QJsonObject udi {{QStringLiteral("text"), QStringLiteral("PID:A,SN:1")}};
    QJsonObject status;
    status.insert(QStringLiteral("policy"),
                  QJsonObject {{QStringLiteral("policy_in_use"), QStringLiteral("Merged from multiple sources.")},
                               {QStringLiteral("ack_required"), true},
                               {QStringLiteral("unenforced_perpetual"), category(365, 0, 90)}});
    status.insert(QStringLiteral("usage_reporting"), QJsonObject {{QStringLiteral("push_interval_days"), 30}});
    status.insert(QStringLiteral("transport"),
                  QJsonObject {{QStringLiteral("type"), QStringLiteral("cslu")},
                               {QStringLiteral("proxy_configured"), true},
                               {QStringLiteral("proxy_host"), QStringLiteral("proxy.example.net")},
                               {QStringLiteral("proxy_port"), 3128},
                               {QStringLiteral("vrf_supported"), false}});
    status.insert(
        QStringLiteral("trust_code"),
        QJsonObject {{QStringLiteral("installed"), true},
                     {QStringLiteral("per_udi"),
                      QJsonArray {QJsonObject {{QStringLiteral("udi"), udi}, {QStringLiteral("installed"), false}}}}});
    const QJsonObject reservationData {
        {QStringLiteral("enabled"), true},
        {QStringLiteral("per_udi"),
         QJsonArray {QJsonObject {
             {QStringLiteral("udi"), udi},
             {QStringLiteral("status"), QJsonObject {{QStringLiteral("state"), QStringLiteral("NOT INSTALLED")}}},
             {QStringLiteral("request_code"), QStringLiteral("CC-ZA:1-AVYd1FABK-45")}}}}};
    QJsonObject commands;
    commands.insert(QStringLiteral("show license status"), QJsonObject {{QStringLiteral("data"), status}});
    commands.insert(QStringLiteral("show license reservation"),
                    QJsonObject {{QStringLiteral("data"), reservationData}});
    const QJsonObject state {{QStringLiteral("commands"), commands}};

    const QList<Fact> policy = SnapshotFacts::policyAndReporting(state);
    QVERIFY(policy.contains(
        Fact {QStringLiteral("Policy"), QStringLiteral("Reporting ACK required"), QStringLiteral("Yes")}));
    QVERIFY(policy.contains(Fact {QStringLiteral("Policy"), QStringLiteral("Unenforced perpetual"),
                                  QStringLiteral("first report 365 d, every 0 d, on change 90 d")}));
    QVERIFY(policy.contains(Fact {QStringLiteral("Usage reporting"), QStringLiteral("Reporting push interval"),
                                  QStringLiteral("30 days")}));
    const QList<Fact> trust = SnapshotFacts::trustAndTransport(state);
    QVERIFY(trust.contains(
        Fact {QStringLiteral("Transport"), QStringLiteral("Proxy"), QStringLiteral("proxy.example.net:3128")}));
    QVERIFY(trust.contains(Fact {QStringLiteral("Transport"), QStringLiteral("VRF"), QStringLiteral("not supported")}));
    QVERIFY(
        trust.contains(Fact {QStringLiteral("Trust"), QStringLiteral("PID:A,SN:1"), QStringLiteral("not installed")}));
    const QList<Fact> reservation = SnapshotFacts::reservation(state);
    QVERIFY(reservation.contains(
        Fact {QStringLiteral("PID:A,SN:1"), QStringLiteral("Request code"), QStringLiteral("CC-ZA:1-AVYd1FABK-45")}));
    QVERIFY(reservation.contains(
        Fact {QStringLiteral("Reservation"), QStringLiteral("License reservation enabled"), QStringLiteral("Yes")}));
    // Nothing known: no facts, no crash.
    QVERIFY(SnapshotFacts::policyAndReporting({}).isEmpty());
    QVERIFY(SnapshotFacts::reservation(QJsonObject {{QStringLiteral("commands"), 5}}).isEmpty());
}

void TestUiDevices::removeAndDisabledFlows()
{
    test::TestConsole console;
    QVERIFY(console.open());
    const qint64 id = console.addDevice(test::makeDevice(1));
    MainWindow window(console.context());
    window.show();
    QVERIFY(waitForDevices(window, 1));
    window.devices()->showDevice(id);
    QVERIFY(QTest::qWaitFor([&] { return window.actions()->selection() == QList<qint64> {id}; }));
    DeviceActionController *actions = window.actions();
    QVERIFY(actions->action(DeviceAction::Refresh)->isEnabled());
    QVERIFY(actions->action(DeviceAction::EditDevice)->isEnabled());
    // Every licensing flow is offered for one selected device, with its description as the tooltip.
    for (DeviceAction flow : {DeviceAction::CollectUsage, DeviceAction::SendToCssm, DeviceAction::DownloadForCisco,
                              DeviceAction::UploadFromCisco, DeviceAction::ImportAck, DeviceAction::EstablishTrust,
                              DeviceAction::ConfigureTransport, DeviceAction::ReturnReservation}) {
        QVERIFY(actions->action(flow)->isEnabled());
        QVERIFY(!actions->action(flow)->toolTip().contains(QLatin1String("Arrives with the")));
        QCOMPARE(actions->action(flow)->toolTip(), DeviceActionCatalog::description(flow));
    }
    QTimer::singleShot(0, this, [] {
        auto *box = waitForTopLevel<QMessageBox>();
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    window.removeDevices({id});
    QVERIFY(waitForDevices(window, 0));
}

SLP_UI_TEST_MAIN(TestUiDevices)
#include "test_ui_devices.moc"
