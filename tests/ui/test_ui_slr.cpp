// The SLR wizard pages that need no flow: device pick, prechecks from stored snapshots, request codes,
// authorization codes matched by UDI, summary export.
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "devices/DeviceInventory.h"
#include "devices/DeviceTableModel.h"
#include "formats/SlrAuthorizationCodeReader.h"
#include "slr/SlrAuthorizationPage.h"
#include "slr/SlrDevicesPage.h"
#include "slr/SlrPrecheckPage.h"
#include "slr/SlrRequestPage.h"
#include "slr/SlrSession.h"
#include "slr/SlrSummaryPage.h"
#include "slr/SlrWizard.h"
#include "slr/SlrWizardState.h"

#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimeZone>
#include <QtTest>

using namespace slp;
using namespace slp::ui;

namespace {

QJsonObject reservationState(const QString &activeUdi, const QString &standbyUdi, const QString &status,
                             const QString &requestCode, const QString &confirmation)
{
    const auto udiObject = [](const QString &text) {
        const auto udi = Udi::fromText(text);
        return QJsonObject {
            {QStringLiteral("pid"), udi->pid}, {QStringLiteral("serial"), udi->serial}, {QStringLiteral("text"), text}};
    };
    QJsonArray perUdi {QJsonObject {{QStringLiteral("udi"), udiObject(activeUdi)},
                                    {QStringLiteral("status"), QJsonObject {{QStringLiteral("state"), status}}},
                                    {QStringLiteral("request_code"), requestCode},
                                    {QStringLiteral("last_confirmation_code"), confirmation}}};
    if (!standbyUdi.isEmpty())
        perUdi.append(QJsonObject {{QStringLiteral("udi"), udiObject(standbyUdi)},
                                   {QStringLiteral("status"), QJsonObject {{QStringLiteral("state"), status}}}});
    return {{QStringLiteral("commands"),
             QJsonObject {{QStringLiteral("show license reservation"),
                           QJsonObject {{QStringLiteral("data"),
                                         QJsonObject {{QStringLiteral("enabled"), true},
                                                      {QStringLiteral("per_udi"), perUdi}}}}}}}};
}

} // namespace

class TestUiSlr : public QObject
{
    Q_OBJECT
private slots:
    void deviceFromSnapshotReadsReservation();
    void codesMatchByUdiIncludingHaPeers();
    void wizardStartToEndOfWhatExists();
    void wizardStateRoundTrips();
    void wizardResumesFromStore();
};

void TestUiSlr::deviceFromSnapshotReadsReservation()
{
    SnapshotRecord snapshot
        = test::makeSnapshot(4, QStringLiteral("healthy"), 100, QStringLiteral("PID:NCS-5508,SN:FOX2210P1AB"));
    snapshot.state = reservationState(
        QStringLiteral("PID:NCS-5508,SN:FOX2210P1AB"), QStringLiteral("PID:NC55-RP-E,SN:FOC2234R0XY"),
        QStringLiteral("RESERVATION IN PROGRESS"), QStringLiteral("CC-ZNCS-5508:FOX2210P1AB-AVYd1FABK-45"), {});
    const SlrDevice device = SlrSession::deviceFrom(4, QStringLiteral("pe4"), &snapshot, {});
    QVERIFY(device.refreshed);
    QCOMPARE(device.udis.size(), 2);
    QCOMPARE(device.reservationEnabled, std::optional<bool>(true));
    QCOMPARE(device.requestCode, QStringLiteral("CC-ZNCS-5508:FOX2210P1AB-AVYd1FABK-45"));
    QCOMPARE(device.reservationStatus, QStringLiteral("RESERVATION IN PROGRESS"));
    QVERIFY(!device.isInstalled());
    QCOMPARE(SlrPrecheckPage::reachableText(device), QStringLiteral("yes"));
    QCOMPARE(SlrPrecheckPage::reservationText(device), QStringLiteral("enabled"));
    const SlrDevice never = SlrSession::deviceFrom(5, QStringLiteral("pe5"), nullptr, {});
    QCOMPARE(SlrPrecheckPage::reachableText(never), QStringLiteral("never refreshed"));
    QCOMPARE(SlrPrecheckPage::reservationText(never), QStringLiteral("unknown"));
    const SlrDevice failing
        = SlrSession::deviceFrom(6, QStringLiteral("pe6"), &snapshot, QStringLiteral("timeout\nmore"));
    QCOMPARE(SlrPrecheckPage::reachableText(failing), QStringLiteral("last refresh failed: timeout"));
}

void TestUiSlr::codesMatchByUdiIncludingHaPeers()
{
    SnapshotRecord ha
        = test::makeSnapshot(1, QStringLiteral("healthy"), 100, QStringLiteral("PID:NCS-5508,SN:FOX2210P1AB"));
    ha.state
        = reservationState(QStringLiteral("PID:NCS-5508,SN:FOX2210P1AB"),
                           QStringLiteral("PID:NC55-RP-E,SN:FOC2234R0XY"), QStringLiteral("NOT INSTALLED"), {}, {});
    QList<SlrDevice> devices {SlrSession::deviceFrom(1, QStringLiteral("ha1"), &ha, {}),
                              SlrSession::deviceFrom(2, QStringLiteral("other"), nullptr, {})};
    const auto codes
        = SlrAuthorizationCodeReader::read(test::readFixture(QStringLiteral("formats/authcode-ha-two-codes.txt")));
    QVERIFY(codes.ok());
    QCOMPARE(codes.value().size(), 2);
    // One code first: the HA router is not complete until its standby has one too.
    QStringList messages = SlrSession::match(devices, codes.value().mid(0, 1), QStringLiteral("a.txt"));
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.constFirst().contains(QLatin1String("matched to ha1")), qPrintable(messages.constFirst()));
    QVERIFY(!devices.at(0).hasAllCodes());
    messages = SlrSession::match(devices, codes.value(), QStringLiteral("b.txt"));
    QVERIFY(devices.at(0).hasAllCodes());
    QCOMPARE(devices.at(0).codes.size(), 2); // the same UDI's older code was replaced, not added
    QVERIFY(devices.at(1).codes.isEmpty());
    // A code for a device that is not chosen says so.
    const auto single
        = SlrAuthorizationCodeReader::read(test::readFixture(QStringLiteral("formats/authcode-ncs5501.xml")));
    messages = SlrSession::match(devices, single.value(), QStringLiteral("c.xml"));
    QCOMPARE(
        messages,
        QStringList {QStringLiteral(
            "c.xml: the authorization code for PID:NCS-5501-SE,SN:FOC2118R24P matches none of the chosen devices.")});
}

void TestUiSlr::wizardStartToEndOfWhatExists()
{
    test::TestConsole console;
    QVERIFY(console.open());
    const QString udi = QStringLiteral("PID:NCS-5501-SE,SN:FOC2118R24P");
    const qint64 pending = console.addDevice(test::makeDevice(1));
    SnapshotRecord snapshot = test::makeSnapshot(pending, QStringLiteral("healthy"), 100, udi);
    snapshot.state = reservationState(udi, {}, QStringLiteral("RESERVATION IN PROGRESS"),
                                      QStringLiteral("CD-ZNCS-5501-SE:FOC2118R24P-AVYd1FABK-AC"), {});
    QVERIFY(console.addSnapshot(snapshot) > 0);
    const qint64 installed = console.addDevice(test::makeDevice(2));
    SnapshotRecord done
        = test::makeSnapshot(installed, QStringLiteral("slr_installed"), 100, QStringLiteral("PID:ASR-9903,SN:FOX1"));
    done.state = reservationState(QStringLiteral("PID:ASR-9903,SN:FOX1"), {}, QStringLiteral("SPECIFIC INSTALLED"), {},
                                  QStringLiteral("8a2f91c0"));
    QVERIFY(console.addSnapshot(done) > 0);

    MainWindow window(console.context());
    window.show();
    QVERIFY(QTest::qWaitFor([&] { return window.inventory()->model()->rowCount() == 2; }));
    window.openSlrWizard({pending});
    SlrWizard *wizard = window.slrWizard();
    QVERIFY(wizard);
    auto *devicesPage = qobject_cast<SlrDevicesPage *>(wizard->page(SlrWizard::DevicesPage));
    QCOMPARE(devicesPage->checkedDeviceIds(), QList<qint64> {pending});
    devicesPage->setChecked(installed, true);
    QCOMPARE(devicesPage->checkedDeviceIds().size(), 2);

    QSignalSpy loaded(wizard->session(), &SlrSession::devicesLoaded);
    wizard->next();
    QVERIFY(test::waitForCount(loaded, 1, 30'000));
    QCOMPARE(wizard->currentId(), int(SlrWizard::PrecheckPage));
    auto *precheck = qobject_cast<SlrPrecheckPage *>(wizard->currentPage());
    QCOMPARE(precheck->table()->rowCount(), 2);
    QCOMPARE(precheck->table()->item(0, SlrPrecheckPage::Reservation)->text(), QStringLiteral("enabled"));

    wizard->next();
    auto *request = qobject_cast<SlrRequestPage *>(wizard->currentPage());
    QVERIFY(request);
    // The request flow is offered (running it needs routers: the lab suite does that).
    QVERIFY(wizard->findChild<QPushButton *>(QStringLiteral("requestCodes"))->isEnabled());
    QVERIFY(request->copyButton()->isEnabled());
    QCOMPARE(request->requestCodesText(),
             QStringLiteral("r00001\tPID:NCS-5501-SE,SN:FOC2118R24P\tCD-ZNCS-5501-SE:FOC2118R24P-AVYd1FABK-AC\n"));

    wizard->next();
    auto *authorization = qobject_cast<SlrAuthorizationPage *>(wizard->currentPage());
    QVERIFY(authorization);
    authorization->addContent(QStringLiteral("authcode-ncs5501.xml"),
                              test::readFixture(QStringLiteral("formats/authcode-ncs5501.xml")));
    QCOMPARE(authorization->messages()->count(), 1);
    QVERIFY(authorization->messages()->item(0)->text().contains(QLatin1String("matched to r00001")));
    QVERIFY(authorization->table()->item(0, 2)->text().startsWith(QLatin1String("from authcode-ncs5501.xml")));
    QCOMPARE(authorization->table()->item(1, 2)->text(), QStringLiteral("missing"));
    authorization->addContent(QStringLiteral("junk.txt"), "not xml");
    QVERIFY(authorization->messages()->item(1)->text().startsWith(
        QLatin1String("junk.txt: not an authorization code file")));

    wizard->next();
    QCOMPARE(wizard->currentId(), int(SlrWizard::InstallPage));
    QVERIFY(wizard->findChild<QPushButton *>(QStringLiteral("install"))->isEnabled());
    auto *plan = wizard->currentPage()->findChild<QTableWidget *>(QStringLiteral("installPlan"));
    QCOMPARE(plan->item(0, 1)->text(), QStringLiteral("Install the authorization code from authcode-ncs5501.xml"));
    QVERIFY(plan->item(1, 1)->text().startsWith(QLatin1String("Already installed")));

    wizard->next();
    auto *summary = qobject_cast<SlrSummaryPage *>(wizard->currentPage());
    QVERIFY(summary);
    QCOMPARE(summary->summaryCsv(),
             QByteArray("device,udi,reservation_status,request_code,confirmation_code\n"
                        "r00001,\"PID:NCS-5501-SE,SN:FOC2118R24P\",RESERVATION IN "
                        "PROGRESS,CD-ZNCS-5501-SE:FOC2118R24P-AVYd1FABK-AC,\n"
                        "r00002,\"PID:ASR-9903,SN:FOX1\",SPECIFIC INSTALLED,,8a2f91c0\n"));
    wizard->close();
}

void TestUiSlr::wizardStateRoundTrips()
{
    SlrWizardState state;
    state.startedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), QTimeZone::utc());
    state.pageId = SlrWizard::AuthorizationPage;
    state.deviceIds = {7, 3};
    state.hostnames = {{7, QStringLiteral("pe7")}, {3, QStringLiteral("pe3")}};
    state.requestCodes = {{7, QStringLiteral("CB-ZNCS:FOX1-AVY-1")}, {3, QString()}};
    state.confirmationCodes = {{3, QStringLiteral("8a2f91c0")}};
    state.codeSources = {{7, QStringLiteral("auth.xml")}};
    state.authorizationFile = QStringLiteral("/tmp/auth.xml");
    const std::optional<SlrWizardState> back = SlrWizardState::fromJson(state.toJson());
    QVERIFY(back);
    QCOMPARE(back->startedAt, state.startedAt);
    QCOMPARE(back->pageId, int(SlrWizard::AuthorizationPage));
    QCOMPARE(back->deviceIds, (QList<qint64> {7, 3})); // the order the admin chose
    QCOMPARE(back->hostnames.value(3), QStringLiteral("pe3"));
    QCOMPARE(back->requestCodes.value(7), QStringLiteral("CB-ZNCS:FOX1-AVY-1"));
    QVERIFY(!back->requestCodes.contains(3));
    QCOMPARE(back->confirmationCodes.value(3), QStringLiteral("8a2f91c0"));
    QCOMPARE(back->codeSources.value(7), QStringLiteral("auth.xml"));
    QCOMPARE(back->authorizationFile, state.authorizationFile);
    // A damaged or empty value starts a fresh wizard instead of failing.
    QVERIFY(!SlrWizardState::fromJson("{not json"));
    QVERIFY(!SlrWizardState::fromJson(R"({"devices":[]})"));
}

void TestUiSlr::wizardResumesFromStore()
{
    test::TestConsole console;
    QVERIFY(console.open());
    const QString udi = QStringLiteral("PID:NCS-5501-SE,SN:FOC2118R24P");
    const qint64 pending = console.addDevice(test::makeDevice(1));
    SnapshotRecord snapshot = test::makeSnapshot(pending, QStringLiteral("healthy"), 100, udi);
    snapshot.state = reservationState(udi, {}, QStringLiteral("RESERVATION IN PROGRESS"),
                                      QStringLiteral("CD-ZNCS-5501-SE:FOC2118R24P-AVYd1FABK-AC"), {});
    QVERIFY(console.addSnapshot(snapshot) > 0);
    const qint64 fresh = console.addDevice(test::makeDevice(2));
    Store &store = console.context().store();
    // The saved state, read the way the wizard reads it (the future completes on the store worker).
    const auto saved = [&store]() -> std::optional<SlrWizardState> {
        QFuture<StoreResult<std::optional<SlrWizardState>>> future = SlrWizardState::load(store);
        if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 10'000))
            return std::nullopt;
        return future.result().value;
    };

    MainWindow window(console.context());
    window.show();
    QVERIFY(QTest::qWaitFor([&] { return window.inventory()->model()->rowCount() == 2; }));
    window.openSlrWizard({pending, fresh});
    SlrWizard *wizard = window.slrWizard();
    QSignalSpy loaded(wizard->session(), &SlrSession::devicesLoaded);
    wizard->next();
    QVERIFY(test::waitForCount(loaded, 1, 30'000));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SlrWizard::RequestPage));
    const QString codes = qobject_cast<SlrRequestPage *>(wizard->currentPage())->requestCodesText();
    QVERIFY(codes.contains(QLatin1String("CD-ZNCS-5501-SE:FOC2118R24P-AVYd1FABK-AC")));
    QVERIFY(QTest::qWaitFor([&] {
        const auto state = saved();
        return state && state->pageId == SlrWizard::RequestPage;
    }));
    wizard->close();
    QVERIFY(QTest::qWaitFor([&] { return !window.slrWizard(); }));

    // A code only the saved state knows (the device was not refreshed since) comes back as well.
    std::optional<SlrWizardState> state = saved();
    QVERIFY(state);
    state->requestCodes.insert(fresh, QStringLiteral("CB-ZASR-9903:FOX2-SAVED-01"));
    QFuture<StoreError> written = SlrWizardState::save(store, *state);
    QVERIFY(QTest::qWaitFor([&written] { return written.isFinished(); }));
    QVERIFY(written.result().ok());
    const QString resumedCodes = codes + QStringLiteral("r00002\tPID:,SN:\tCB-ZASR-9903:FOX2-SAVED-01\n");

    // A new wizard on the same database offers to resume and comes back to the same page and codes.
    window.openSlrWizard({});
    wizard = window.slrWizard();
    QVERIFY(QTest::qWaitFor([&] { return wizard->resumePrompt() != nullptr; }));
    QVERIFY2(wizard->resumePrompt()->text().contains(QLatin1String("for 2 device(s)")),
             qPrintable(wizard->resumePrompt()->text()));
    QSignalSpy resumed(wizard, &SlrWizard::resumed);
    wizard->resumePrompt()->findChild<QPushButton *>(QStringLiteral("resume"))->click();
    QVERIFY(test::waitForCount(resumed, 1, 30'000));
    QCOMPARE(wizard->currentId(), int(SlrWizard::RequestPage));
    auto *request = qobject_cast<SlrRequestPage *>(wizard->currentPage());
    QCOMPARE(request->table()->rowCount(), 2);
    QCOMPARE(request->requestCodesText(), resumedCodes);
    auto *devicesPage = qobject_cast<SlrDevicesPage *>(wizard->page(SlrWizard::DevicesPage));
    QCOMPARE(devicesPage->checkedDeviceIds(), (QList<qint64> {pending, fresh}));
    wizard->close();
    QVERIFY(QTest::qWaitFor([&] { return !window.slrWizard(); }));

    // Start Over forgets the saved run.
    window.openSlrWizard({});
    wizard = window.slrWizard();
    QVERIFY(QTest::qWaitFor([&] { return wizard->resumePrompt() != nullptr; }));
    wizard->resumePrompt()->findChild<QPushButton *>(QStringLiteral("startOver"))->click();
    QCOMPARE(wizard->currentId(), int(SlrWizard::DevicesPage));
    QVERIFY(QTest::qWaitFor([&] { return !saved().has_value(); }));
    wizard->close();
}

SLP_UI_TEST_MAIN(TestUiSlr)
#include "test_ui_slr.moc"
