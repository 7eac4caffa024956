// KeychainSecretStore, headless: there is no Secret Service here (no session bus at all, or one
// pointed at a socket that does not exist), so every operation must fail with the clear "no
// keychain" error, never pretend a secret is absent, and never fall back to a plain-text file.
// Untested here: the success path against a real Secret Service / KWallet / Windows Credential
// Manager (needs a desktop session), the AccessDenied path (needs a user declining a prompt), and
// a session bus without a Secret Service (QtKeychain then reports reads as "entry not found").
// QtKeychain 0.13 built with libsecret never uses its plain-text fallback on Linux whatever the
// flag says (only its KWallet path does), so "no file written" holds here by construction; the
// store sets setInsecureFallback(false) on every job for the platforms where it matters.
#include "SecretScan.h"
#include "secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using slp::KeychainSecretStore;
using slp::Secret;
using slp::SecretResult;
using slp::SecretStore;

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    const QByteArray m_planted = "Kc-planted-9xQ7-secret";

    QStringList filesUnderHome() const
    {
        QStringList files;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        return files;
    }

    static SecretResult finish(QFuture<SecretResult> future)
    {
        // The jobs run on this (the creating) thread: keep its event loop turning while waiting.
        if (!QTest::qWaitFor([&future]() { return future.isFinished(); }, 20000))
            return SecretResult::failure(SecretResult::Error::Other, QStringLiteral("timed out"));
        return future.result();
    }

    static void verifyNoBackend(const SecretResult &result)
    {
        QCOMPARE(result.error, SecretResult::Error::NoBackend);
        QVERIFY2(result.message.startsWith(QLatin1String("No OS keychain is available")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("SLP_MASTER_PASSWORD")), qPrintable(result.message));
        QVERIFY(result.secret.isEmpty());
    }

    void noBusSituations()
    {
        QTest::addColumn<QByteArray>("busAddress"); // empty: no session bus configured at all
        QTest::newRow("no session bus") << QByteArray();
        QTest::newRow("bus socket missing") << QByteArray("unix:path=/nonexistent/slp-test-no-bus");
    }

    static void applyBusSituation()
    {
        QFETCH(QByteArray, busAddress);
        if (busAddress.isEmpty())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        else
            qputenv("DBUS_SESSION_BUS_ADDRESS", busAddress);
    }

private slots:
    void initTestCase()
    {
        // A home where a plain-text fallback (QSettings) would land, and no session bus.
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral(".config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral(".local/share")).toUtf8());
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        QCoreApplication::setOrganizationName(QStringLiteral("slp-test"));
        QCoreApplication::setApplicationName(QStringLiteral("test_keychain_secret_store"));
    }

    void writeFailsClearlyWithoutFallback_data() { noBusSituations(); }
    void writeFailsClearlyWithoutFallback()
    {
        applyBusSituation();
        KeychainSecretStore store;
        const SecretResult written = finish(store.write(QStringLiteral("credential/lab"), Secret(m_planted)));
        verifyNoBackend(written);
        QCOMPARE(filesUnderHome(), QStringList());
        QCOMPARE(slp::test::findPlantedSecret(m_home.path(), m_planted).size(), 0);
    }

    void readFailsInsteadOfReportingNoSecret_data() { noBusSituations(); }
    void readFailsInsteadOfReportingNoSecret()
    {
        applyBusSituation();
        KeychainSecretStore store;
        verifyNoBackend(finish(store.read(QStringLiteral("credential/lab"))));
    }

    void removeFailsClearly_data() { noBusSituations(); }
    void removeFailsClearly()
    {
        applyBusSituation();
        KeychainSecretStore store;
        verifyNoBackend(finish(store.remove(QStringLiteral("credential/lab"))));
    }

    void callsFromAWorkerThreadComplete_data() { noBusSituations(); }
    void callsFromAWorkerThreadComplete()
    {
        applyBusSituation();
        KeychainSecretStore store;
        SecretResult fromWorker;
        QThread *worker = QThread::create([&store, &fromWorker]() {
            // A worker thread has no event loop of its own: the job runs on the store's thread.
            fromWorker = SecretStore::waitFor(store.read(QStringLiteral("credential/lab")));
        });
        worker->start();
        QVERIFY(QTest::qWaitFor([worker]() { return worker->isFinished(); }, 20000));
        delete worker;
        verifyNoBackend(fromWorker);
    }

    void invalidInputIsRefusedBeforeTheBackend()
    {
        KeychainSecretStore store;
        const SecretResult badRef = store.write(QStringLiteral("credential;rm -rf"), Secret("x")).result();
        QCOMPARE(badRef.error, SecretResult::Error::InvalidReference);
        QCOMPARE(store.write(QStringLiteral("credential/a"), Secret()).result().error,
                 SecretResult::Error::InvalidInput);
        QCOMPARE(store.read(QString()).result().error, SecretResult::Error::InvalidReference);
    }

    void namesItsService()
    {
        KeychainSecretStore store;
        QCOMPARE(store.serviceName(), QStringLiteral("slpconsole"));
        QCOMPARE(store.backendName(), QStringLiteral("OS keychain (service \"slpconsole\")"));
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "test_keychain_secret_store.moc"
