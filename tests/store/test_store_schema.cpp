// Opening the database: a new file, migration from schema version 1 (frozen fixture), and the
// files the store must refuse without touching them.
#include "StoreTestSupport.h"
#include "store/SchemaMigrations.h"
#include "store/Store.h"
#include "store/StoreDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace slp;
using slp::test::await;
using slp::test::fileHash;
using slp::test::sqlScalar;

class TestStoreSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString v1Database(const QString &name)
    {
        QFile fixture(QStringLiteral(SLP_STORE_TEST_DATA "/schema_v1.sql"));
        if (!fixture.open(QIODevice::ReadOnly))
            return {};
        const QString path = m_dir.filePath(name);
        // Strip the comment lines; the rest is split into statements by ";\n".
        QStringList lines;
        for (const QString &line : QString::fromUtf8(fixture.readAll()).split(u'\n')) {
            if (!line.startsWith(QLatin1String("--")))
                lines.append(line);
        }
        return slp::test::sqlExecScript(path, lines.join(u'\n')) ? path : QString();
    }

private slots:
    void newDatabaseGetsLatestSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/sub/folder/store.sqlite"));
        {
            Store store;
            const StoreError opened = await(store.open(path));
            QVERIFY2(opened.ok(), qPrintable(opened.message));
        }
        QCOMPARE(sqlScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), SchemaMigrations::latestVersion());
        QCOMPARE(sqlScalar(path, QStringLiteral("PRAGMA application_id")).toInt(), SchemaMigrations::applicationId);
        QCOMPARE(sqlScalar(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        const QStringList tables
            = sqlScalar(
                  path,
                  QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name "
                                 "FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name)"))
                  .toString()
                  .split(u',');
        QCOMPARE(tables,
                 QStringList({QStringLiteral("audit_log"), QStringLiteral("credential_profiles"),
                              QStringLiteral("device_codes"), QStringLiteral("devices"), QStringLiteral("job_steps"),
                              QStringLiteral("jobs"), QStringLiteral("library_files"), QStringLiteral("license_usage"),
                              QStringLiteral("raw_outputs"), QStringLiteral("settings"), QStringLiteral("snapshots")}));
        QVERIFY(!QFile::exists(StoreDatabase::backupPath(path, 0)));
    }

    void reopeningTheLatestSchemaChangesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        {
            Store store;
            QVERIFY(await(store.open(path)).ok());
            QVERIFY(await(store.addDevice(slp::test::sampleDevice(1))).ok());
        }
        Store store;
        QVERIFY(await(store.open(path)).ok());
        QCOMPARE(await(store.devices()).value.size(), 1);
        QVERIFY(!QFile::exists(StoreDatabase::backupPath(path, SchemaMigrations::latestVersion())));
    }

    void migratesVersion1KeepingData()
    {
        const QString path = v1Database(QStringLiteral("v1.sqlite"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(sqlScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        const QByteArray v1Hash = fileHash(path);

        Store store;
        const StoreError opened = await(store.open(path));
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(sqlScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), SchemaMigrations::latestVersion());

        // The backup is the version-1 database, complete.
        const QString backup = StoreDatabase::backupPath(path, 1);
        QCOMPARE(sqlScalar(backup, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(sqlScalar(backup, QStringLiteral("SELECT count(*) FROM snapshots")).toInt(), 3);
        QVERIFY(!v1Hash.isEmpty());

        const StoreResult<QList<DeviceRecord>> devices = await(store.devices());
        QVERIFY(devices.ok());
        QCOMPARE(devices.value.size(), 3);
        const DeviceRecord &pe1 = devices.value.at(1); // ordered by hostname: p1-lon, pe1-fra, pe2-ams
        QCOMPARE(pe1.hostname, QStringLiteral("pe1-fra"));
        QCOMPARE(pe1.credentialRef, QStringLiteral("lab-admin"));
        QCOMPARE(pe1.tags, QStringList({QStringLiteral("core"), QStringLiteral("pe")}));
        QCOMPARE(pe1.lastSeen, QDateTime::fromMSecsSinceEpoch(1710858059000, Qt::UTC));
        // The latest pointer was backfilled: the newer of device 1's two snapshots.
        QCOMPARE(pe1.latestSnapshotId, 3);
        QCOMPARE(devices.value.at(2).latestSnapshotId, 2);
        QCOMPARE(devices.value.at(0).latestSnapshotId, 0);

        const StoreResult<SnapshotRecord> latest = await(store.latestSnapshot(1, true));
        QVERIFY2(latest.ok(), qPrintable(latest.error.message));
        QCOMPARE(latest.value.summary.softwareVersion, QStringLiteral("7.11.2"));
        QCOMPARE(latest.value.state.value(u"old").toBool(true), false);
        QCOMPARE(latest.value.usage.size(), 2);
        QCOMPARE(latest.value.usage.at(1).count, 24);
        QCOMPARE(latest.value.rawOutputs.size(), 1);
        QCOMPARE(latest.value.summary.jobId, 0);

        // The new tables work on the migrated file.
        JobRecord job;
        job.kind = QStringLiteral("refresh");
        QVERIFY(await(store.createJob(job)).ok());
        QCOMPARE(await(store.integrityCheck()).value, QStringLiteral("ok"));
    }

    void refusesNewerSchemaWithoutTouchingIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        QVERIFY(slp::test::sqlExecScript(path,
                                         QStringLiteral("PRAGMA application_id = 1397510211;\nCREATE TABLE future "
                                                        "(x);\nINSERT INTO future VALUES (42);\nPRAGMA "
                                                        "user_version = 99")));
        const QByteArray before = fileHash(path);
        Store store;
        const StoreError opened = await(store.open(path));
        QCOMPARE(opened.code, StoreError::Code::NewerSchema);
        QVERIFY2(opened.message.contains(QLatin1String("schema version 99")), qPrintable(opened.message));
        QVERIFY2(opened.message.contains(QStringLiteral("knows up to %1").arg(SchemaMigrations::latestVersion())),
                 qPrintable(opened.message));
        QVERIFY2(opened.message.contains(QLatin1String("was not changed")), qPrintable(opened.message));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(sqlScalar(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(await(store.devices()).error.code, StoreError::Code::NotOpen);
    }

    void refusesOtherApplicationsAndNonDatabases_data()
    {
        QTest::addColumn<QByteArray>("content"); // raw file bytes; empty: create via SQL below
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << QByteArray("hostname,address\nr1,10.0.0.1\n" + QByteArray(600, 'x')) << QString()
                                   << QStringLiteral("is not an SLP Console database");
        QTest::newRow("other app id") << QByteArray()
                                      << QStringLiteral("PRAGMA application_id = 1234;\nCREATE TABLE t (x)")
                                      << QStringLiteral("application_id 0x000004d2");
        QTest::newRow("tables, no version") << QByteArray() << QStringLiteral("CREATE TABLE notes (x)")
                                            << QStringLiteral("no SLP Console schema version");
    }

    void refusesOtherApplicationsAndNonDatabases()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QString path
            = m_dir.filePath(QStringLiteral("foreign-%1.db").arg(QString::fromLatin1(QTest::currentDataTag())));
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        } else {
            QVERIFY(slp::test::sqlExecScript(path, sql));
        }
        const QByteArray before = fileHash(path);
        Store store;
        const StoreError opened = await(store.open(path));
        QCOMPARE(opened.code, StoreError::Code::NotAStoreDatabase);
        QVERIFY2(opened.message.contains(expected), qPrintable(opened.message));
        QVERIFY2(opened.message.contains(path), qPrintable(opened.message));
        QCOMPARE(fileHash(path), before);
    }

    void refusesAFolder()
    {
        Store store;
        const StoreError opened = await(store.open(m_dir.path()));
        QCOMPARE(opened.code, StoreError::Code::NotAStoreDatabase);
        QVERIFY2(opened.message.contains(QLatin1String("is not a file")), qPrintable(opened.message));
    }

    void callsBeforeOpenSayNotOpen()
    {
        Store store;
        const StoreResult<qint64> added = await(store.addDevice(slp::test::sampleDevice(1)));
        QCOMPARE(added.error.code, StoreError::Code::NotOpen);
        QCOMPARE(added.error.message, QStringLiteral("The database is not open."));
    }
};

QTEST_GUILESS_MAIN(TestStoreSchema)
#include "test_store_schema.moc"
