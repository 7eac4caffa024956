// EncryptedFileSecretStore: AES-256-GCM file for headless servers. Round trips, mode 0600,
// nothing in clear, wrong master password and tampering refused without losing anything.
#include "SecretScan.h"
#include "secrets/EncryptedFileSecretStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sys/stat.h>

using slp::EncryptedFileSecretStore;
using slp::Secret;
using slp::SecretResult;

namespace {

constexpr int testCost = 10; // scrypt N = 1024: fast; the format is the same as with the default

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void overwrite(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestEncryptedFileSecretStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const Secret m_master = Secret::fromString(QStringLiteral("correct horse battery staple"));
    const QByteArray m_planted = "Zq8-planted-R0uter-pass";

    QString freshPath(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // A file holding credential/a = m_planted, written with the right master password.
    QString preparedFile(const char *name)
    {
        const QString path = freshPath(name);
        EncryptedFileSecretStore store(path, m_master, testCost);
        const SecretResult written = store.write(QStringLiteral("credential/a"), Secret(m_planted)).result();
        if (!written.ok())
            qWarning("%s", qPrintable(written.message));
        return path;
    }

private slots:
    void writeReadRemovePersist()
    {
        const QString path = freshPath("roundtrip/secrets.slpsec");
        {
            EncryptedFileSecretStore store(path, m_master, testCost);
            QVERIFY(store.write(QStringLiteral("credential/a"), Secret(m_planted)).result().ok());
            QVERIFY(
                store.write(QStringLiteral("credential/b"), Secret::fromString(QStringLiteral("bé"))).result().ok());
            QCOMPARE(store.read(QStringLiteral("credential/a")).result().secret.revealBytes(), m_planted);
            QVERIFY(store.remove(QStringLiteral("credential/a")).result().ok());
            const SecretResult gone = store.read(QStringLiteral("credential/a")).result();
            QVERIFY(gone.ok());
            QVERIFY(gone.secret.isEmpty());
        }
        EncryptedFileSecretStore reopened(path, m_master, testCost);
        const SecretResult b = reopened.read(QStringLiteral("credential/b")).result();
        QVERIFY2(b.ok(), qPrintable(b.message));
        QCOMPARE(b.secret.revealString(), QStringLiteral("bé"));
        QCOMPARE(reopened.read(QStringLiteral("credential/missing")).result().error, SecretResult::Error::None);
    }

    void missingFileIsEmptyAndNotCreatedByReads()
    {
        const QString path = freshPath("never/secrets.slpsec");
        EncryptedFileSecretStore store(path, m_master, testCost);
        const SecretResult read = store.read(QStringLiteral("credential/a")).result();
        QVERIFY(read.ok());
        QVERIFY(read.secret.isEmpty());
        QVERIFY(store.verify().result().ok());
        QVERIFY(!QFile::exists(path));
    }

    void fileIsOwnerOnlyAndHoldsNoClearText()
    {
        const QString path = preparedFile("mode/secrets.slpsec");
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        const auto hits = slp::test::findPlantedSecret(QFileInfo(path).absolutePath(), m_planted);
        QVERIFY2(hits.isEmpty(), qPrintable(slp::test::describeHits(hits)));
        QVERIFY(fileBytes(path).startsWith("SLPSECv1"));
    }

    void defaultCostIsRecordedInTheHeader()
    {
        const QString path = freshPath("cost/secrets.slpsec");
        EncryptedFileSecretStore store(path, m_master);
        QVERIFY(store.write(QStringLiteral("credential/a"), Secret("x")).result().ok());
        const QByteArray bytes = fileBytes(path);
        QCOMPARE(int(quint8(bytes.at(8))), 1); // scrypt
        QCOMPARE(int(quint8(bytes.at(9))), 15); // log2 N
        QCOMPARE(int(quint8(bytes.at(10))), 8); // r
        QCOMPARE(int(quint8(bytes.at(11))), 1); // p
    }

    void wrongMasterPasswordIsRefusedAndLosesNothing()
    {
        const QString path = preparedFile("wrong/secrets.slpsec");
        const QByteArray before = fileBytes(path);
        EncryptedFileSecretStore wrong(path, Secret("Correct horse battery staple"), testCost);
        const SecretResult read = wrong.read(QStringLiteral("credential/a")).result();
        QCOMPARE(read.error, SecretResult::Error::WrongPassphrase);
        QVERIFY2(read.message.contains(QLatin1String("master password is wrong")), qPrintable(read.message));
        QVERIFY2(read.message.contains(QDir::toNativeSeparators(path)), qPrintable(read.message));
        QVERIFY(read.secret.isEmpty());
        QCOMPARE(wrong.write(QStringLiteral("credential/b"), Secret("y")).result().error,
                 SecretResult::Error::WrongPassphrase);
        QCOMPARE(wrong.remove(QStringLiteral("credential/a")).result().error, SecretResult::Error::WrongPassphrase);
        QCOMPARE(wrong.verify().result().error, SecretResult::Error::WrongPassphrase);
        QCOMPARE(fileBytes(path), before);

        EncryptedFileSecretStore right(path, m_master, testCost);
        QCOMPARE(right.read(QStringLiteral("credential/a")).result().secret.revealBytes(), m_planted);
    }

    void tamperedFileIsRefusedAndLeftAlone_data()
    {
        QTest::addColumn<int>("offset"); // negative: from the end
        QTest::addColumn<int>("expected");
        QTest::newRow("ciphertext") << 60 << int(SecretResult::Error::Corrupt);
        QTest::newRow("nonce") << 50 << int(SecretResult::Error::Corrupt);
        QTest::newRow("tag") << -1 << int(SecretResult::Error::Corrupt);
        QTest::newRow("key check") << 30 << int(SecretResult::Error::WrongPassphrase);
        QTest::newRow("magic") << 0 << int(SecretResult::Error::Corrupt);
    }

    void tamperedFileIsRefusedAndLeftAlone()
    {
        QFETCH(int, offset);
        QFETCH(int, expected);
        const QString path = preparedFile("tamper/secrets.slpsec");
        QByteArray bytes = fileBytes(path);
        const qsizetype at = offset >= 0 ? offset : bytes.size() + offset;
        bytes[at] = char(bytes.at(at) ^ 0x20);
        overwrite(path, bytes);

        EncryptedFileSecretStore store(path, m_master, testCost);
        const SecretResult read = store.read(QStringLiteral("credential/a")).result();
        QCOMPARE(int(read.error), expected);
        QVERIFY(read.secret.isEmpty());
        QVERIFY2(read.message.contains(QLatin1String("left untouched")), qPrintable(read.message));
        QCOMPARE(store.write(QStringLiteral("credential/a"), Secret("new")).result().ok(), false);
        QCOMPARE(fileBytes(path), bytes);
    }

    void tamperMessageSaysModified()
    {
        const QString path = preparedFile("tamper-message/secrets.slpsec");
        QByteArray bytes = fileBytes(path);
        bytes[bytes.size() - 20] = char(bytes.at(bytes.size() - 20) ^ 1);
        overwrite(path, bytes);
        const SecretResult read = EncryptedFileSecretStore(path, m_master, testCost).read(QStringLiteral("x")).result();
        QCOMPARE(read.error, SecretResult::Error::Corrupt);
        QVERIFY2(read.message.contains(QLatin1String("modified or damaged")), qPrintable(read.message));
    }

    void foreignTruncatedAndHostileFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("text file") << QByteArray("user=admin\npassword=x\n") << QStringLiteral("not an SLP Console");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not an SLP Console");
        QTest::newRow("header only") << QByteArray("SLPSECv1\x01\x0a\x08\x01", 12)
                                     << QStringLiteral("not an SLP Console");
        QByteArray hostile("SLPSECv1\x01\x28\x08\x01", 12); // log2 N = 40: would need terabytes
        hostile.append(QByteArray(100, 'a'));
        QTest::newRow("absurd cost") << hostile << QStringLiteral("log2 N 40");
        QByteArray unknownKdf("SLPSECv1\x07\x0a\x08\x01", 12);
        unknownKdf.append(QByteArray(100, 'a'));
        QTest::newRow("unknown kdf") << unknownKdf << QStringLiteral("KDF 7");
    }

    void foreignTruncatedAndHostileFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expectedText);
        const QString path = freshPath("foreign.slpsec");
        overwrite(path, content);
        EncryptedFileSecretStore store(path, m_master, testCost);
        const SecretResult read = store.read(QStringLiteral("credential/a")).result();
        QCOMPARE(read.error, SecretResult::Error::Corrupt);
        QVERIFY2(read.message.contains(expectedText), qPrintable(read.message));
        QCOMPARE(store.write(QStringLiteral("credential/a"), Secret("x")).result().error, SecretResult::Error::Corrupt);
        QCOMPARE(fileBytes(path), content);
    }

    void pathThatIsAFolderIsAnIoError()
    {
        const QString path = freshPath("is-a-folder");
        QVERIFY(QDir().mkpath(path));
        EncryptedFileSecretStore store(path, m_master, testCost);
        const SecretResult written = store.write(QStringLiteral("credential/a"), Secret("x")).result();
        QVERIFY(!written.ok());
        QVERIFY2(written.message.contains(QDir::toNativeSeparators(path)), qPrintable(written.message));
        QVERIFY(QFileInfo(path).isDir());
    }

    void refusesEmptyMasterPasswordBadReferenceEmptySecret()
    {
        const QString path = freshPath("refusals.slpsec");
        EncryptedFileSecretStore noMaster(path, Secret(), testCost);
        const SecretResult written = noMaster.write(QStringLiteral("credential/a"), Secret("x")).result();
        QCOMPARE(written.error, SecretResult::Error::InvalidInput);
        QVERIFY2(written.message.contains(QLatin1String("master password is empty")), qPrintable(written.message));
        QVERIFY(!QFile::exists(path));

        EncryptedFileSecretStore store(path, m_master, testCost);
        QCOMPARE(store.write(QStringLiteral("credential/a b"), Secret("x")).result().error,
                 SecretResult::Error::InvalidReference);
        QCOMPARE(store.write(QStringLiteral("credential/a"), Secret()).result().error,
                 SecretResult::Error::InvalidInput);
        QVERIFY(!QFile::exists(path));
    }

    void concurrentWritersAreSerialized()
    {
        const QString path = freshPath("concurrent.slpsec");
        EncryptedFileSecretStore store(path, m_master, testCost);
        QList<QThread *> threads;
        for (int t = 0; t < 3; ++t) {
            threads.append(QThread::create([&store, t]() {
                for (int i = 0; i < 10; ++i)
                    store.write(QStringLiteral("t%1/s%2").arg(t).arg(i), Secret(QByteArray::number(t * 100 + i)))
                        .waitForFinished();
            }));
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            thread->wait();
            delete thread;
        }
        EncryptedFileSecretStore reopened(path, m_master, testCost);
        for (int t = 0; t < 3; ++t)
            for (int i = 0; i < 10; ++i)
                QCOMPARE(reopened.read(QStringLiteral("t%1/s%2").arg(t).arg(i)).result().secret.revealBytes(),
                         QByteArray::number(t * 100 + i));
    }

    void eachWriteUsesAFreshNonce()
    {
        const QString path = freshPath("nonce.slpsec");
        EncryptedFileSecretStore store(path, m_master, testCost);
        QVERIFY(store.write(QStringLiteral("credential/a"), Secret("same")).result().ok());
        const QByteArray first = fileBytes(path);
        QVERIFY(store.write(QStringLiteral("credential/a"), Secret("same")).result().ok());
        const QByteArray second = fileBytes(path);
        QCOMPARE(first.size(), second.size());
        QCOMPARE(first.left(44), second.left(44)); // same salt and key check
        QVERIFY(first.mid(44, 12) != second.mid(44, 12));
    }
};

QTEST_GUILESS_MAIN(TestEncryptedFileSecretStore)
#include "test_encrypted_file_secret_store.moc"
