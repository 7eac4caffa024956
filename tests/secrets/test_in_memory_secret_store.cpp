// InMemorySecretStore: the store tests and the demo lab inject.
#include "secrets/InMemorySecretStore.h"

#include <QThread>
#include <QtTest>

using slp::InMemorySecretStore;
using slp::Secret;
using slp::SecretResult;

class TestInMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void writeReadRemove()
    {
        InMemorySecretStore store;
        QVERIFY(store.write(QStringLiteral("credential/lab"), Secret::fromString(QStringLiteral("pässwörd")))
                    .result()
                    .ok());
        const SecretResult read = store.read(QStringLiteral("credential/lab")).result();
        QVERIFY(read.ok());
        QCOMPARE(read.secret.revealString(), QStringLiteral("pässwörd"));
        QVERIFY(store.remove(QStringLiteral("credential/lab")).result().ok());
        const SecretResult gone = store.read(QStringLiteral("credential/lab")).result();
        QVERIFY(gone.ok());
        QVERIFY(gone.secret.isEmpty());
    }

    void missingReferenceIsEmptyNotAnError()
    {
        InMemorySecretStore store;
        const SecretResult read = store.read(QStringLiteral("credential/never-written")).result();
        QCOMPARE(read.error, SecretResult::Error::None);
        QCOMPARE(read.secret.size(), 0);
        QVERIFY(store.remove(QStringLiteral("credential/never-written")).result().ok());
    }

    void refusesBadReferencesAndEmptySecrets()
    {
        InMemorySecretStore store;
        const SecretResult badRef = store.write(QStringLiteral("has space"), Secret("x")).result();
        QCOMPARE(badRef.error, SecretResult::Error::InvalidReference);
        QVERIFY2(badRef.message.contains(QLatin1String("\"has space\" contains ' '")), qPrintable(badRef.message));
        QCOMPARE(store.read(QString()).result().error, SecretResult::Error::InvalidReference);
        QCOMPARE(store.read(QString(129, u'a')).result().error, SecretResult::Error::InvalidReference);
        const SecretResult empty = store.write(QStringLiteral("credential/a"), Secret()).result();
        QCOMPARE(empty.error, SecretResult::Error::InvalidInput);
        QCOMPARE(store.references(), QStringList());
    }

    void binarySecretsRoundTrip()
    {
        InMemorySecretStore store;
        const QByteArray bytes("\x00\x01\xff key\0tail", 12);
        QVERIFY(store.write(QStringLiteral("key/passphrase"), Secret(bytes)).result().ok());
        QCOMPARE(store.read(QStringLiteral("key/passphrase")).result().secret.revealBytes(), bytes);
    }

    void concurrentWritersAllLand()
    {
        InMemorySecretStore store;
        QList<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads.append(QThread::create([&store, t]() {
                for (int i = 0; i < 50; ++i)
                    store.write(QStringLiteral("t%1/s%2").arg(t).arg(i), Secret(QByteArray::number(t * 1000 + i)))
                        .waitForFinished();
            }));
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            thread->wait();
            delete thread;
        }
        QCOMPARE(store.references().size(), 200);
        QCOMPARE(store.read(QStringLiteral("t3/s49")).result().secret.revealBytes(), QByteArray("3049"));
    }

    void secretCopiesCompareEqualAndIndependent()
    {
        Secret a("same");
        Secret b = a;
        QVERIFY(a == b);
        b = Secret("other");
        QCOMPARE(a.revealBytes(), QByteArray("same"));
        QVERIFY(!(a == b));
        QVERIFY(!(Secret("samE") == a));
    }
};

QTEST_GUILESS_MAIN(TestInMemorySecretStore)
#include "test_in_memory_secret_store.moc"
