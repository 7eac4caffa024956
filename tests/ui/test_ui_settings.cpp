// Settings (values kept, the OAuth secret into the SecretStore), credential profiles, known host keys,
// the host-key dialogs and the German translation.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "devices/DeviceInventory.h"
#include "hostkeys/HostKeyPrompter.h"
#include "hostkeys/HostKeyQuestionDialog.h"
#include "hostkeys/KnownHostsModel.h"
#include "i18n/Translations.h"
#include "main/RefreshScheduler.h"
#include "secrets/SecretStore.h"
#include "settings/ConsoleSettings.h"
#include "settings/CredentialProfileDialog.h"
#include "settings/CredentialsPage.h"
#include "settings/KnownHostsPage.h"
#include "settings/SettingsDialog.h"
#include "ssh/KnownHostsFile.h"
#include "store/Store.h"
#include "style/ComplianceStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

using namespace slp;
using namespace slp::ui;

namespace {

SshHostKey sampleKey(char fill)
{
    SshHostKey key;
    key.type = QStringLiteral("ssh-ed25519");
    key.blob = QByteArray("\0\0\0\x0bssh-ed25519\0\0\0\x20", 19) + QByteArray(32, fill);
    return key;
}

} // namespace

class TestUiSettings : public QObject
{
    Q_OBJECT
private slots:
    void settingsAreKeptAndSecretGoesToTheStore();
    void settingsRejectForeignValues();
    void credentialProfileSecretGoesToTheStore();
    void knownHostKeysCanBeForgotten();
    void firstContactShowsTheFingerprint();
    void changedKeyIsAnErrorDialog();
    void germanTranslationIsComplete();
    void schedulesFollowTheSettings();
};

void TestUiSettings::settingsAreKeptAndSecretGoesToTheStore()
{
    test::TestConsole console;
    QVERIFY(console.open());
    SettingsDialog dialog(console.context());
    dialog.show();
    dialog.findChild<QSpinBox *>(QStringLiteral("parallel"))->setValue(32);
    dialog.findChild<QComboBox *>(QStringLiteral("language"))->setCurrentIndex(2);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("clientSecret")), QStringLiteral("s3cret-value"));
    QSignalSpy language(&dialog, &SettingsDialog::languageChanged);
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.accept();
    // The in-memory secret store answers at once: the dialog may close before a wait could start.
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(language.count(), 1);
    QCOMPARE(console.context().settings().sshParallel(), 32);
    QCOMPARE(console.context().settings().language(), QStringLiteral("de"));
    QCOMPARE(console.context().jobOptions().parallel, 32);
    QCOMPARE(console.context().jobOptions().unknownHostKeyPolicy, UnknownHostKeyPolicy::AskCaller);
    // The secret is in the SecretStore, not in the settings file.
    const SecretResult secret
        = SecretStore::waitFor(console.context().secrets().read(ConsoleSettings::cssmClientSecretReference()));
    QCOMPARE(secret.secret.revealString(), QStringLiteral("s3cret-value"));
    console.context().settings().raw().sync();
    QFile ini(console.path(QStringLiteral("settings.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("s3cret"));
}

void TestUiSettings::settingsRejectForeignValues()
{
    test::TestConsole console;
    ConsoleSettings &settings = console.context().settings();
    settings.raw().setValue(QStringLiteral("ssh/parallel"), 0);
    settings.raw().setValue(QStringLiteral("ssh/connectTimeoutSeconds"), QStringLiteral("soon"));
    settings.raw().setValue(QStringLiteral("cssm/proxyPort"), 70000);
    QCOMPARE(settings.sshParallel(), 16);
    QCOMPARE(settings.sshConnectTimeoutSeconds(), 10);
    QCOMPARE(settings.proxyPort(), 0);
}

void TestUiSettings::credentialProfileSecretGoesToTheStore()
{
    test::TestConsole console;
    QVERIFY(console.open());
    CredentialProfileDialog dialog(console.context(), {});
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("lab"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("username")), QStringLiteral("admin"));
    dialog.accept();
    QCOMPARE(dialog.errorText(), QStringLiteral("Enter the password: the profile cannot log in without it."));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("secret")), QStringLiteral("pw-123"));
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.accept();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto profile = console.context().store().credentialProfileByName(QStringLiteral("lab"));
    QVERIFY(test::waitFor(profile));
    QCOMPARE(profile.result().value.secretRef, QStringLiteral("credential/lab"));
    QCOMPARE(
        SecretStore::waitFor(console.context().secrets().read(QStringLiteral("credential/lab"))).secret.revealString(),
        QStringLiteral("pw-123"));
    CredentialsPage page(console.context()); // reads the profiles when it is made
    QTRY_COMPARE(page.list()->topLevelItemCount(), 1);
    QCOMPARE(page.list()->topLevelItem(0)->text(1), QStringLiteral("admin"));
}

void TestUiSettings::knownHostKeysCanBeForgotten()
{
    test::TestConsole console;
    const QString path = console.path(QStringLiteral("known_hosts"));
    KnownHostsFile file(path);
    QString error;
    QVERIFY(file.add(QStringLiteral("127.0.0.2"), 2222, sampleKey('a'), &error));
    QVERIFY(file.add(QStringLiteral("r1"), 22, sampleKey('b'), &error));
    KnownHostsPage page(path);
    QSignalSpy loaded(&page, &KnownHostsPage::loaded);
    QVERIFY(test::waitForCount(loaded, 1, 30'000));
    QCOMPARE(loaded.constLast().constFirst().toInt(), 2);
    QCOMPARE(page.model()->index(0, KnownHostsModel::Fingerprint).data().toString(),
             sampleKey('a').fingerprintSha256());
    page.table()->selectRow(0);
    QSignalSpy forgotten(&page, &KnownHostsPage::forgotten);
    page.forgetSelected();
    QVERIFY(test::waitForCount(forgotten, 1, 30'000));
    QCOMPARE(forgotten.constFirst().constFirst().toString(), QStringLiteral("Forgot 1 key of [127.0.0.2]:2222."));
    QVERIFY(test::waitForCount(loaded, 2, 30'000));
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(KnownHostsFile(path).entries().size(), 1);
}

void TestUiSettings::firstContactShowsTheFingerprint()
{
    SshHostKeyQuestion question;
    question.displayName = QStringLiteral("pe1 (192.0.2.1:22)");
    question.host = QStringLiteral("192.0.2.1");
    question.key = sampleKey('c');
    HostKeyQuestionDialog dialog(question, 2, QStringLiteral("pe2  SHA256:x\npe3  SHA256:y"));
    QCOMPARE(dialog.fingerprintLabel()->text(), question.key.fingerprintSha256());
    QVERIFY(dialog.fingerprintLabel()->text().startsWith(QLatin1String("SHA256:")));
    // Refusing is the default: Enter must never trust a key.
    QVERIFY(dialog.refuseButton()->isDefault());
    QVERIFY(dialog.trustAllButton());
    QCOMPARE(dialog.trustAllButton()->text(), QStringLiteral("Trust &All 3 Listed"));
    dialog.show();
    QTest::mouseClick(dialog.trustButton(), Qt::LeftButton);
    QCOMPARE(dialog.answer(), HostKeyQuestionDialog::Trust);
    HostKeyQuestionDialog alone(question, 0, {});
    QVERIFY(!alone.trustAllButton());
}

void TestUiSettings::changedKeyIsAnErrorDialog()
{
    test::TestConsole console;
    QVERIFY(console.open());
    MainWindow window(console.context());
    HostKeyPrompter *prompter = window.hostKeys();
    DeviceStep step;
    step.jobId = 1;
    step.deviceId = 2;
    step.deviceName = QStringLiteral("pe2");
    step.state = JobStepState::Failed;
    step.message = QStringLiteral("authentication failed");
    step.failure = DeviceFailure::Authentication;
    prompter->onDeviceStep(1, step);
    QVERIFY(!prompter->changedKeyDialog());
    step.message = QStringLiteral("host key changed: The host key of pe2 (192.0.2.2:22) has CHANGED. Known key: "
                                  "SHA256:old in /x. The router now presents: ssh-ed25519 SHA256:new.");
    // The kind decides, not the words: the same text without the kind opens nothing.
    step.failure = DeviceFailure::Other;
    QVERIFY(!HostKeyPrompter::isChangedKey(step));
    prompter->onDeviceStep(1, step);
    QVERIFY(!prompter->changedKeyDialog());
    step.failure = DeviceFailure::HostKeyChanged;
    QVERIFY(HostKeyPrompter::isChangedKey(step));
    prompter->onDeviceStep(1, step);
    QMessageBox *box = prompter->changedKeyDialog();
    QVERIFY(box);
    QCOMPARE(box->icon(), QMessageBox::Critical);
    QCOMPARE(box->text(), QStringLiteral("The host key of pe2 CHANGED. The console refused to connect."));
    QCOMPARE(box->detailedText(), step.message);
    step.deviceName = QStringLiteral("pe3");
    prompter->onDeviceStep(1, step);
    QCOMPARE(prompter->changedKeyDialog(), box); // one dialog for all
    QVERIFY(box->text().contains(QLatin1String("several routers")));
    box->close();
}

void TestUiSettings::germanTranslationIsComplete()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/slpconsole_de.qm")));
    QCOMPARE(translator.language(), QStringLiteral("de"));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(ComplianceStyle::text(ComplianceState::Overdue), QStringLiteral("Überfällig"));
    QCOMPARE(ComplianceStyle::text(ComplianceState::DueSoon), QStringLiteral("Bald fällig"));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(ComplianceStyle::text(ComplianceState::Overdue), QStringLiteral("Overdue"));
    // Every message of the .ts file has a German translation (no "unfinished" left).
    QFile ts(QStringLiteral(SLP_TS_FILE));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QByteArray content = ts.readAll();
    QVERIFY(content.count("<message") > 500);
    QCOMPARE(content.count("type=\"unfinished\""), 0);
    QCOMPARE(content.count("type=\"vanished\""), 0);
}

void TestUiSettings::schedulesFollowTheSettings()
{
    test::TestConsole console;
    QVERIFY(console.open());
    DeviceInventory inventory(console.context());
    console.context().settings().setRefreshIntervalHours(0);
    console.context().settings().setCollectIntervalHours(0);
    RefreshScheduler scheduler(console.context(), inventory);
    QVERIFY(!scheduler.isActive());
    QVERIFY(!scheduler.isCollectActive());
    // Settings > Automatic collect is a real schedule, not a stored number.
    console.context().settings().setCollectIntervalHours(6);
    scheduler.apply();
    QVERIFY(!scheduler.isActive());
    QVERIFY(scheduler.isCollectActive());
    QCOMPARE(scheduler.collectIntervalHours(), 6);
    console.context().settings().setRefreshIntervalHours(2);
    console.context().settings().setCollectIntervalHours(0);
    scheduler.apply();
    QVERIFY(scheduler.isActive());
    QCOMPARE(scheduler.intervalHours(), 2);
    QVERIFY(!scheduler.isCollectActive());
}

SLP_UI_TEST_MAIN(TestUiSettings)
#include "test_ui_settings.moc"
