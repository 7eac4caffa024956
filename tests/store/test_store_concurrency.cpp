// Several threads writing and reading through one Store at once, two Stores on one file, and a
// writer process killed mid-write: every write lands or fails cleanly, the file stays consistent.
#include "StoreTestSupport.h"
#include "TestSupport.h"
#include "store/Store.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace slp;
using slp::test::await;
using slp::test::sampleDevice;
using slp::test::sampleSnapshot;
using slp::test::sqlScalar;

class TestStoreConcurrency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QDateTime m_t0 = QDateTime(QDate(2024, 3, 19), QTime(14, 0), Qt::UTC);

private slots:
    void manyThreadsThroughOneStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("threads.sqlite"));
        Store store;
        QVERIFY(await(store.open(path)).ok());
        constexpr int threadCount = 6;
        constexpr int devicesPerThread = 20;
        constexpr int snapshotsPerDevice = 3;
        QList<QThread *> threads;
        QAtomicInt failures = 0;
        for (int t = 0; t < threadCount; ++t) {
            threads.append(QThread::create([&store, &failures, t, this]() {
                QList<QFuture<StoreResult<qint64>>> pending;
                for (int d = 0; d < devicesPerThread; ++d) {
                    const StoreResult<qint64> device = store.addDevice(sampleDevice(t * 1000 + d)).result();
                    if (!device.ok()) {
                        failures.ref();
                        continue;
                    }
                    for (int s = 0; s < snapshotsPerDevice; ++s)
                        pending.append(store.saveSnapshot(sampleSnapshot(device.value, m_t0.addSecs(s * 60 + t))));
                    // Reads interleave with queued writes and see them.
                    if (store.latestSnapshot(device.value).result().value.summary.takenAt != m_t0.addSecs(120 + t))
                        failures.ref();
                }
                for (QFuture<StoreResult<qint64>> &future : pending) {
                    if (!future.result().ok())
                        failures.ref();
                }
            }));
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QCOMPARE(failures.loadRelaxed(), 0);
        const int devices = threadCount * devicesPerThread;
        QCOMPARE(await(store.devices()).value.size(), devices);
        QCOMPARE(sqlScalar(path, QStringLiteral("SELECT count(*) FROM snapshots")).toInt(),
                 devices * snapshotsPerDevice);
        QCOMPARE(sqlScalar(path, QStringLiteral("SELECT count(*) FROM license_usage")).toInt(),
                 devices * snapshotsPerDevice * 10);
        // Every device points at its newest snapshot.
        QCOMPARE(sqlScalar(path,
                           QStringLiteral("SELECT count(*) FROM devices d WHERE d.latest_snapshot_id = (SELECT "
                                          "s.id FROM snapshots s WHERE s.device_id = d.id ORDER BY s.taken_at "
                                          "DESC LIMIT 1)"))
                     .toInt(),
                 devices);
        QCOMPARE(await(store.integrityCheck()).value, QStringLiteral("ok"));
    }

    void twoStoresOnOneFile()
    {
        // Two processes' worth of connections (e.g. the console and slpctl) share the file: WAL and
        // the busy timeout let both write.
        const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
        Store first, second;
        QVERIFY(await(first.open(path)).ok());
        QVERIFY(await(second.open(path)).ok());
        QList<QFuture<StoreResult<qint64>>> pending;
        for (int i = 0; i < 50; ++i)
            pending.append((i % 2 ? first : second).addDevice(sampleDevice(i)));
        for (auto &future : pending)
            QVERIFY2(future.result().ok(), qPrintable(future.result().error.message));
        QCOMPARE(await(first.devices()).value.size(), 50);
        QCOMPARE(await(second.devices()).value.size(), 50);
        QCOMPARE(await(second.integrityCheck()).value, QStringLiteral("ok"));
    }

    void writerKilledMidWriteLeavesAConsistentFile()
    {
        const QString helper = slp::test::builtExecutable(QStringLiteral("store_writer_helper"));
        QVERIFY2(!helper.isEmpty(), "store_writer_helper was not built");
        const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));
        QProcess writer;
        writer.start(helper, {path});
        QVERIFY(writer.waitForStarted());
        // Let it commit a good number of snapshots, then kill it without warning.
        QByteArray output;
        QVERIFY(QTest::qWaitFor(
            [&writer, &output]() {
                writer.waitForReadyRead(100);
                output += writer.readAllStandardOutput();
                return output.contains("committed 300\n");
            },
            60000));
        writer.kill();
        QVERIFY(writer.waitForFinished());

        Store store;
        const StoreError opened = await(store.open(path));
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(await(store.integrityCheck()).value, QStringLiteral("ok"));
        const int snapshots = sqlScalar(path, QStringLiteral("SELECT count(*) FROM snapshots")).toInt();
        QVERIFY2(snapshots >= 300, qPrintable(QString::number(snapshots)));
        // No snapshot half-written: each has all 10 usage rows and both raw outputs.
        QCOMPARE(sqlScalar(path,
                           QStringLiteral("SELECT count(*) FROM snapshots s WHERE (SELECT count(*) FROM "
                                          "license_usage u WHERE u.snapshot_id = s.id) <> 10 OR (SELECT "
                                          "count(*) FROM raw_outputs r WHERE r.snapshot_id = s.id) <> 2"))
                     .toInt(),
                 0);
        // Every device's latest pointer is its newest stored snapshot.
        QCOMPARE(sqlScalar(path,
                           QStringLiteral("SELECT count(*) FROM devices d WHERE d.latest_snapshot_id IS NOT "
                                          "(SELECT s.id FROM snapshots s WHERE s.device_id = d.id ORDER BY "
                                          "s.taken_at DESC, s.id DESC LIMIT 1)"))
                     .toInt(),
                 0);
        // And the store keeps working on it.
        const qint64 device = await(store.devices()).value.first().id;
        QVERIFY(await(store.saveSnapshot(sampleSnapshot(device, QDateTime::currentDateTimeUtc()))).ok());
    }
};

QTEST_GUILESS_MAIN(TestStoreConcurrency)
#include "test_store_concurrency.moc"
