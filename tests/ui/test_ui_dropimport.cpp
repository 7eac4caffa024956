// Drag and drop on the main window: files recognised by content, routed with a confirmation, and a
// clear message per file that goes nowhere.
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "actions/AckUploadController.h"
#include "devices/DeviceInventory.h"
#include "devices/DeviceTableModel.h"
#include "dropimport/DropImportController.h"
#include "dropimport/DropImportDialog.h"
#include "main/DeviceActionController.h"
#include "reports/ReportLibraryModel.h"
#include "slr/SlrSession.h"
#include "slr/SlrWizard.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace slp;
using namespace slp::ui;

namespace {

QString writeFile(test::TestConsole &console, const QString &name, const QByteArray &content)
{
    const QString path = console.path(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

// Delivers a real drop event (as the platform does after a drag) to the window.
void dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    const QPointF position(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(position.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(position, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

} // namespace

class TestUiDropImport : public QObject
{
    Q_OBJECT
private slots:
    void dropShowsWhereEachFileGoes();
    void droppedCsvImportsDevices();
    void droppedAuthorizationCodeOpensTheWizard();
};

void TestUiDropImport::dropShowsWhereEachFileGoes()
{
    test::TestConsole console;
    QVERIFY(console.open());
    MainWindow window(console.context());
    window.show();
    const QString ack
        = writeFile(console, QStringLiteral("ack.xml"), test::readFixture(QStringLiteral("formats/ack-opaque.xml")));
    const QString rum = writeFile(console, QStringLiteral("usage.xml"),
                                  test::readFixture(QStringLiteral("formats/rum-ha-three-reports.xml")));
    const QString bundle = writeFile(console, QStringLiteral("from-cisco.tar.gz"),
                                     test::readFixture(QStringLiteral("formats/bundle-ack.tar.gz")));
    const QString notes = writeFile(console, QStringLiteral("notes.txt"), "shopping list: milk, eggs\n");
    const QString missing = console.path(QStringLiteral("gone.xml"));

    QSignalSpy inspected(window.dropImport(), &DropImportController::inspected);
    dropFiles(&window, {ack, rum, bundle, notes, missing});
    QVERIFY(test::waitForCount(inspected, 1, 20'000));
    DropImportDialog *dialog = window.dropImport()->dialog();
    QVERIFY(dialog);
    QTreeWidget *list = dialog->fileList();
    QCOMPARE(list->topLevelItemCount(), 5);
    const auto row = [list](int index) {
        const QTreeWidgetItem *item = list->topLevelItem(index);
        return QStringList {item->text(0), item->text(1), item->text(2)};
    };
    QCOMPARE(row(0).at(1), QStringLiteral("ACK file"));
    QCOMPARE(row(0).at(2), QStringLiteral("Import the ACK into its device"));
    QCOMPARE(row(1).at(1), QStringLiteral("RUM report file"));
    QCOMPARE(row(1).at(2), QStringLiteral("Keep in the report library"));
    QCOMPARE(row(2).at(1), QStringLiteral("ACK bundle (from CSSM)"));
    QCOMPARE(row(2).at(2), QStringLiteral("Import each ACK into its device"));
    QCOMPARE(row(3).at(1), QStringLiteral("Not recognised"));
    QVERIFY2(row(3).at(2).startsWith(QLatin1String("Not imported: ")), qPrintable(row(3).at(2)));
    QCOMPARE(row(4).at(1), QStringLiteral("Unreadable file"));
    QVERIFY2(row(4).at(2).contains(QLatin1String("does not exist")), qPrintable(row(4).at(2)));
    QCOMPARE(dialog->confirmedFiles().size(), 3);
    QCOMPARE(dialog->summaryLabel()->text(),
             QStringLiteral("3 file(s) can be imported; 2 cannot (the list says why)."));
    // The ACKs go to Upload from Cisco, which matches them to devices by UDI: this inventory is empty, so
    // it says so (a message box, closed here) and imports nothing.
    QSignalSpy planned(window.actions()->ackUpload(), &AckUploadController::planned);
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->reject();
    });
    closer.start(50);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(test::waitForCount(planned, 1, 20'000));
    QCOMPARE(planned.at(0).at(1).toInt(), 0);
    QVERIFY2(planned.at(0).at(0).toString().contains(QLatin1String("0 matched to a device")),
             qPrintable(planned.at(0).at(0).toString()));
    QCOMPARE(window.reportLibrary()->rowCount(), 3);
    QCOMPARE(window.reportLibrary()->index(1, ReportLibraryModel::File).data().toString(), QStringLiteral("usage.xml"));
    QCOMPARE(window.reportLibrary()->index(1, ReportLibraryModel::Kind).data().toString(),
             QStringLiteral("RUM report file"));
}

void TestUiDropImport::droppedCsvImportsDevices()
{
    test::TestConsole console;
    QVERIFY(console.open());
    MainWindow window(console.context());
    window.show();
    QVERIFY(QTest::qWaitFor([&] { return window.inventory()->hasLoaded(); }));
    const QString csv = writeFile(
        console, QStringLiteral("lab.csv"),
        "hostname,address,port,username,credential,tags,site\npe1,192.0.2.1,22,admin,,,\npe2,192.0.2.2,22,admin,,,\n");
    QSignalSpy inspected(window.dropImport(), &DropImportController::inspected);
    window.dropImport()->importFiles({csv}); // File > Import takes the same path as a drop
    QVERIFY(test::waitForCount(inspected, 1, 20'000));
    DropImportDialog *dialog = window.dropImport()->dialog();
    QCOMPARE(dialog->fileList()->topLevelItem(0)->text(1), QStringLiteral("Inventory CSV"));
    QCOMPARE(dialog->fileList()->topLevelItem(0)->text(2), QStringLiteral("Import the devices into the inventory"));
    // Unticking the only file leaves nothing to import.
    dialog->fileList()->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
    QVERIFY(!dialog->importButton()->isEnabled());
    dialog->fileList()->topLevelItem(0)->setCheckState(0, Qt::Checked);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return window.inventory()->model()->rowCount() == 2; }, 15'000));
}

void TestUiDropImport::droppedAuthorizationCodeOpensTheWizard()
{
    test::TestConsole console;
    QVERIFY(console.open());
    const QByteArray code = test::readFixture(QStringLiteral("formats/authcode-ncs5501.xml"));
    const QString udiText
        = QString::fromLatin1(code).section(QStringLiteral("<udi>"), 1).section(QStringLiteral("</udi>"), 0, 0);
    const auto udi = Udi::fromText(udiText);
    QVERIFY(udi);
    const qint64 owner = console.addDevice(test::makeDevice(1));
    QVERIFY(console.addSnapshot(test::makeSnapshot(owner, QStringLiteral("healthy"), 200, udi->canonicalText())) > 0);
    console.addDevice(test::makeDevice(2));
    MainWindow window(console.context());
    window.show();
    QVERIFY(QTest::qWaitFor([&] { return window.inventory()->model()->rowCount() == 2; }));
    const QString path = writeFile(console, QStringLiteral("authorization.txt"), code);
    QSignalSpy inspected(window.dropImport(), &DropImportController::inspected);
    dropFiles(&window, {path});
    QVERIFY(test::waitForCount(inspected, 1, 20'000));
    DropImportDialog *dialog = window.dropImport()->dialog();
    QCOMPARE(dialog->fileList()->topLevelItem(0)->text(1), QStringLiteral("SLR authorization code"));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    // The wizard opens with the device the code belongs to already chosen, and the code waits for it.
    SlrWizard *wizard = window.slrWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->session()->queuedFileCount(), 1);
    QSignalSpy loaded(wizard->session(), &SlrSession::devicesLoaded);
    wizard->next();
    QVERIFY(test::waitForCount(loaded, 1, 30'000));
    QCOMPARE(wizard->session()->devices().size(), 1);
    QCOMPARE(wizard->session()->devices().constFirst().deviceId, owner);
    QVERIFY(QTest::qWaitFor([&] { return wizard->session()->devices().constFirst().hasAllCodes(); }));
    QCOMPARE(wizard->session()->queuedFileCount(), 0);
    wizard->close();
}

SLP_UI_TEST_MAIN(TestUiDropImport)
#include "test_ui_dropimport.moc"
