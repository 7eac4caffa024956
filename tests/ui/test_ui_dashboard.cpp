// The dashboard: tiles per compliance state, the 120-day timeline, the attention list's fixes.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "dashboard/AttentionModel.h"
#include "dashboard/DashboardView.h"
#include "dashboard/DueTimelineWidget.h"
#include "devices/DeviceFilterProxy.h"
#include "devices/DeviceInventory.h"
#include "devices/DeviceTableModel.h"
#include "devices/DevicesView.h"
#include "main/TrayNotifier.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace slp;
using namespace slp::ui;

class TestUiDashboard : public QObject
{
    Q_OBJECT
private slots:
    void timelineBucketsByDay();
    void timelineClickNamesTheDevices();
    void dashboardCountsAndLinks();
    void jobNotificationText();
};

void TestUiDashboard::timelineBucketsByDay()
{
    DueTimelineWidget timeline;
    timeline.resize(860, 240);
    const QDate today(2030, 1, 1);
    timeline.setEntries({{1, QStringLiteral("a"), today.addDays(-3), ComplianceState::Overdue},
                         {2, QStringLiteral("b"), today, ComplianceState::DueSoon},
                         {3, QStringLiteral("c"), today.addDays(10), ComplianceState::DueSoon},
                         {4, QStringLiteral("d"), today.addDays(10), ComplianceState::Healthy},
                         {5, QStringLiteral("e"), today.addDays(119), ComplianceState::Healthy},
                         {6, QStringLiteral("f"), today.addDays(120), ComplianceState::Healthy},
                         {7, QStringLiteral("g"), QDate(), ComplianceState::Unknown}},
                        today);
    QCOMPARE(timeline.overdueCount(), 1);
    QCOMPARE(timeline.countOnDay(0), 1);
    QCOMPARE(timeline.countOnDay(10), 2);
    QCOMPARE(timeline.countOnDay(119), 1);
    QCOMPARE(timeline.countOnDay(120), 0); // outside the window
    QCOMPARE(timeline.beyondCount(), 1);
    // It paints without a display (offscreen) and the painting is not blank.
    const QImage image = timeline.grab().toImage();
    QCOMPARE(image.size(), QSize(860, 240));
    QSet<QRgb> colours;
    for (int x = 0; x < image.width(); x += 3)
        colours.insert(image.pixel(x, image.height() - 40));
    QVERIFY(colours.size() > 2);
}

void TestUiDashboard::timelineClickNamesTheDevices()
{
    DueTimelineWidget timeline;
    timeline.resize(860, 240);
    timeline.show();
    const QDate today = QDate::currentDate();
    timeline.setEntries({{11, QStringLiteral("x"), today.addDays(60), ComplianceState::Healthy},
                         {12, QStringLiteral("y"), today.addDays(60), ComplianceState::DueSoon}},
                        today);
    QSignalSpy clicked(&timeline, &DueTimelineWidget::devicesClicked);
    // Find the bar of day 60 by scanning for the day under the mouse.
    int x = 0;
    for (; x < timeline.width(); ++x) {
        if (timeline.dayAt(QPoint(x, 150)) == std::optional<int>(60))
            break;
    }
    QVERIFY(x < timeline.width());
    QTest::mouseClick(&timeline, Qt::LeftButton, {}, QPoint(x, 150));
    QCOMPARE(clicked.count(), 1);
    const QList<qint64> ids = clicked.constFirst().constFirst().value<QList<qint64>>();
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()), (QSet<qint64> {11, 12}));
    QVERIFY(clicked.constFirst().at(1).toString().contains(QLatin1String("2 devices due")));
    // The overdue bar sits left of the plot.
    QCOMPARE(timeline.dayAt(QPoint(30, 150)), std::optional<int>(-1));
}

void TestUiDashboard::dashboardCountsAndLinks()
{
    test::TestConsole console;
    QVERIFY(console.open());
    struct
    {
        const char *state;
        int days;
    } lab[] = {{"healthy", 200}, {"healthy", 150}, {"overdue", -4}, {"no_trust", 60}, {"due_soon", 12}};
    int index = 0;
    for (const auto &device : lab) {
        const qint64 id = console.addDevice(test::makeDevice(++index));
        QVERIFY(console.addSnapshot(test::makeSnapshot(id, QLatin1String(device.state), device.days)) > 0);
    }
    console.addDevice(test::makeDevice(++index)); // never refreshed

    MainWindow window(console.context());
    window.show();
    QVERIFY(QTest::qWaitFor([&] { return window.inventory()->model()->rowCount() == 6; }));
    DashboardView *dashboard = window.dashboard();
    QVERIFY(QTest::qWaitFor([&] { return dashboard->tileCount(ComplianceState::Healthy) == 2; }));
    QCOMPARE(dashboard->tileCount(ComplianceState::Overdue), 1);
    QCOMPARE(dashboard->tileCount(ComplianceState::NoTrust), 1);
    QCOMPARE(dashboard->tileCount(ComplianceState::DueSoon), 1);
    QCOMPARE(dashboard->tileCount(ComplianceState::Unknown), 1);
    QCOMPARE(dashboard->findChild<QLabel *>(QStringLiteral("headline"))->text(),
             QStringLiteral("3 of 6 devices need attention."));
    auto *overdueTile = dashboard->findChild<QToolButton *>(QStringLiteral("tile_overdue"));
    QCOMPARE(overdueTile->text(), QStringLiteral("1  Overdue"));
    QCOMPARE(dashboard->timeline()->overdueCount(), 1);
    QCOMPARE(dashboard->attentionModel()->rowCount(), 3);

    // A tile is one click from the devices in that state.
    QTest::mouseClick(overdueTile, Qt::LeftButton);
    QCOMPARE(window.currentPage(), MainWindow::Page::Devices);
    QCOMPARE(window.devices()->proxy()->rowCount(), 1);
    QCOMPARE(window.devices()->proxy()->index(0, DeviceTableModel::State).data().toString(), QStringLiteral("Overdue"));

    // The attention list: double click shows the device.
    window.showPage(MainWindow::Page::Dashboard);
    QTableView *table = dashboard->attentionTable();
    const QModelIndex first = dashboard->attentionModel()->index(0, AttentionModel::Device);
    const qint64 deviceId = first.data(AttentionModel::DeviceIdRole).toLongLong();
    // A double click is a press, a release and the double-click event, as the platform delivers it.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    QCOMPARE(window.currentPage(), MainWindow::Page::Devices);
    QVERIFY(QTest::qWaitFor([&] { return window.devices()->selectedDeviceIds() == QList<qint64> {deviceId}; }));
}

void TestUiDashboard::jobNotificationText()
{
    JobProgress progress;
    progress.total = 200;
    progress.succeeded = 198;
    progress.failed = 2;
    QCOMPARE(TrayNotifier::jobFinishedText(QStringLiteral("refresh"), JobState::Failed, progress),
             QStringLiteral("Refresh finished: 198 succeeded, 2 failed."));
    progress.failed = 0;
    progress.succeeded = 200;
    QCOMPARE(TrayNotifier::jobFinishedText(QStringLiteral("refresh"), JobState::Succeeded, progress),
             QStringLiteral("Refresh succeeded on 200 devices."));
}

SLP_UI_TEST_MAIN(TestUiDashboard)
#include "test_ui_dashboard.moc"
