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

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
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

SLP_UI_TEST_MAIN(TestUiSlr)
#include "test_ui_slr.moc"
