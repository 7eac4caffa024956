// Snapshots: what goes in comes back, the latest pointer, history, pruning, and atomicity of a
// device's refresh (a failure in the middle leaves the previous snapshot and nothing half-written).
#include "StoreTestSupport.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace slp;
using slp::test::await;
using slp::test::sampleDevice;
using slp::test::sampleSnapshot;
using slp::test::sqlScalar;

class TestStoreSnapshots : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_path;
    int m_counter = 0;
    const QDateTime m_t0 = QDateTime(QDate(2024, 3, 19), QTime(14, 20, 59), Qt::UTC);

    qint64 addDevice(int n) { return await(m_store->addDevice(sampleDevice(n))).value; }
    int count(const char *table) const
    {
        return sqlScalar(m_path, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("snapshots-%1.sqlite").arg(++m_counter));
        m_store = std::make_unique<Store>();
        QVERIFY(await(m_store->open(m_path)).ok());
    }

    void cleanup() { m_store.reset(); }

    void roundTripsEveryField()
    {
        const qint64 device = addDevice(1);
        SnapshotRecord snapshot = sampleSnapshot(device, m_t0, 3);
        snapshot.summary.trustInstalled.reset();
        snapshot.summary.nextDue = QDateTime();
        snapshot.usage[1].count = 9007199254740993; // beyond a double's exact range
        const StoreResult<qint64> saved = await(m_store->saveSnapshot(snapshot));
        QVERIFY2(saved.ok(), qPrintable(saved.error.message));

        StoreResult<SnapshotRecord> read = await(m_store->snapshot(saved.value));
        QVERIFY(read.ok());
        SnapshotRecord expected = snapshot;
        expected.summary.id = saved.value;
        QCOMPARE(read.value.summary, expected.summary);
        QCOMPARE(read.value.state, expected.state);
        QCOMPARE(read.value.usage, expected.usage);
        QCOMPARE(read.value.rawOutputs, expected.rawOutputs);

        const StoreResult<SnapshotRecord> withoutRaw = await(m_store->snapshot(saved.value, false));
        QCOMPARE(withoutRaw.value.rawOutputs.size(), 0);
        QCOMPARE(withoutRaw.value.usage.size(), 3);
        QCOMPARE(await(m_store->snapshot(saved.value + 1)).error.message,
                 QStringLiteral("There is no snapshot with id %1.").arg(saved.value + 1));
    }

    void latestPointerLastSeenAndLastError()
    {
        const qint64 device = addDevice(1);
        QCOMPARE(await(m_store->latestSnapshot(device)).error.message,
                 QStringLiteral("Device %1 has no snapshot yet.").arg(device));
        QVERIFY(await(m_store->recordDeviceFailure(device, QStringLiteral("connection refused"))).ok());
        QCOMPARE(await(m_store->device(device)).value.lastError, QStringLiteral("connection refused"));

        const qint64 first = await(m_store->saveSnapshot(sampleSnapshot(device, m_t0))).value;
        DeviceRecord record = await(m_store->device(device)).value;
        QCOMPARE(record.latestSnapshotId, first);
        QCOMPARE(record.lastSeen, m_t0);
        QCOMPARE(record.lastError, QString()); // a success clears the last failure

        const qint64 second = await(m_store->saveSnapshot(sampleSnapshot(device, m_t0.addDays(1)))).value;
        QCOMPARE(await(m_store->device(device)).value.latestSnapshotId, second);
        // History stored late does not hide the present.
        const qint64 older = await(m_store->saveSnapshot(sampleSnapshot(device, m_t0.addDays(-5)))).value;
        record = await(m_store->device(device)).value;
        QCOMPARE(record.latestSnapshotId, second);
        QCOMPARE(record.lastSeen, m_t0.addDays(1));

        // A failure later keeps the latest snapshot and records why.
        QVERIFY(await(m_store->recordDeviceFailure(device, QStringLiteral("timeout after 30 s (command)"))).ok());
        record = await(m_store->device(device)).value;
        QCOMPARE(record.latestSnapshotId, second);
        QCOMPARE(record.lastError, QStringLiteral("timeout after 30 s (command)"));
        QCOMPARE(await(m_store->latestSnapshot(device)).value.summary.id, second);

        const QList<SnapshotSummary> history = await(m_store->snapshotHistory(device)).value;
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).id, second);
        QCOMPARE(history.at(1).id, first);
        QCOMPARE(history.at(2).id, older);
        QCOMPARE(await(m_store->snapshotHistory(device, 1)).value.size(), 1);

        const QList<DeviceOverview> overview = await(m_store->deviceOverview()).value;
        QCOMPARE(overview.size(), 1);
        QVERIFY(overview.at(0).latest.has_value());
        QCOMPARE(overview.at(0).latest->id, second);
        QCOMPARE(overview.at(0).latest->udi, sampleSnapshot(device, m_t0).summary.udi);
    }

    void overviewShowsDevicesWithoutSnapshots()
    {
        const qint64 a = addDevice(1);
        addDevice(2);
        QVERIFY(await(m_store->saveSnapshot(sampleSnapshot(a, m_t0))).ok());
        const QList<DeviceOverview> overview = await(m_store->deviceOverview()).value;
        QCOMPARE(overview.size(), 2);
        QCOMPARE(overview.at(0).latest->complianceState, QStringLiteral("in-compliance"));
        QCOMPARE(overview.at(0).licensesInUse, 10);
        QVERIFY(!overview.at(1).latest.has_value());
        QCOMPARE(overview.at(1).licensesInUse, 0);
    }

    void unknownDeviceIsRefused()
    {
        const StoreResult<qint64> saved = await(m_store->saveSnapshot(sampleSnapshot(4242, m_t0)));
        QCOMPARE(saved.error.code, StoreError::Code::NotFound);
        QCOMPARE(saved.error.message,
                 QStringLiteral("Cannot store a snapshot for device 4242: there is no such device."));
        QCOMPARE(count("snapshots"), 0);
        QCOMPARE(await(m_store->recordDeviceFailure(4242, QStringLiteral("x"))).code, StoreError::Code::NotFound);
    }

    void failureInTheMiddleLeavesThePreviousSnapshot()
    {
        const qint64 device = addDevice(1);
        const qint64 good = await(m_store->saveSnapshot(sampleSnapshot(device, m_t0))).value;
        JobRecord job;
        job.kind = QStringLiteral("refresh");
        job.state = JobState::Running;
        const qint64 jobId = await(m_store->createJob(job)).value;

        // Inject a failure after the snapshot row and its usage rows are written: the raw output
        // insert aborts (a trigger added behind the store's back).
        QVERIFY(slp::test::sqlExecScript(
            m_path,
            QStringLiteral("CREATE TRIGGER fail_midway BEFORE INSERT ON raw_outputs WHEN NEW.command = "
                           "'show license boom' BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        SnapshotRecord broken = sampleSnapshot(device, m_t0.addDays(1));
        broken.summary.jobId = jobId;
        broken.rawOutputs.append({QStringLiteral("show license boom"), QStringLiteral("...")});
        JobStepRecord step {0, jobId, device, QStringLiteral("refresh"), JobStepState::Succeeded, 1, {}, {}};
        const StoreResult<qint64> failed = await(m_store->saveSnapshot(broken, step));
        QCOMPARE(failed.error.code, StoreError::Code::InvalidInput);
        QVERIFY2(failed.error.message.contains(QLatin1String("injected failure")), qPrintable(failed.error.message));
        QVERIFY2(failed.error.message.contains(QLatin1String("show license boom")), qPrintable(failed.error.message));

        // Queued right behind it, in the same batch: unaffected.
        const StoreResult<qint64> next = await(m_store->saveSnapshot(sampleSnapshot(device, m_t0.addDays(2))));
        QVERIFY(next.ok());
        QCOMPARE(count("snapshots"), 2);
        QCOMPARE(count("license_usage"), 20);
        QCOMPARE(count("raw_outputs"), 4);
        QCOMPARE(
            sqlScalar(m_path, QStringLiteral("SELECT count(*) FROM snapshots WHERE job_id = %1").arg(jobId)).toInt(),
            0);
        QCOMPARE(await(m_store->jobSteps(jobId)).value.size(), 0); // the step went with the snapshot
        QCOMPARE(await(m_store->device(device)).value.latestSnapshotId, next.value);
        QVERIFY(good < next.value);
        QCOMPARE(await(m_store->integrityCheck()).value, QStringLiteral("ok"));
    }

    void failureLeavesLatestPointerAndLastSeenUntouched()
    {
        const qint64 device = addDevice(1);
        const qint64 good = await(m_store->saveSnapshot(sampleSnapshot(device, m_t0))).value;
        SnapshotRecord broken = sampleSnapshot(device, m_t0.addDays(3));
        broken.rawOutputs.append({QString(), QStringLiteral("no command")}); // violates CHECK
        QVERIFY(!await(m_store->saveSnapshot(broken)).ok());
        const DeviceRecord record = await(m_store->device(device)).value;
        QCOMPARE(record.latestSnapshotId, good);
        QCOMPARE(record.lastSeen, m_t0);
        QCOMPARE(count("snapshots"), 1);
        QCOMPARE(count("license_usage"), 10);
    }

    void snapshotAndJobStepCommitTogether()
    {
        const qint64 device = addDevice(1);
        JobRecord job;
        job.kind = QStringLiteral("refresh");
        const qint64 jobId
            = await(m_store->createJob(job,
                                       {{0, 0, device, QStringLiteral("refresh"), JobStepState::Pending, 0, {}, {}}}))
                  .value;
        SnapshotRecord snapshot = sampleSnapshot(device, m_t0);
        snapshot.summary.jobId = jobId;
        JobStepRecord done {
            0, jobId, device, QStringLiteral("refresh"), JobStepState::Succeeded, 1, QStringLiteral("10 licenses"), {}};
        QVERIFY(await(m_store->saveSnapshot(snapshot, done)).ok());
        const QList<JobStepRecord> steps = await(m_store->jobSteps(jobId)).value;
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.at(0).state, JobStepState::Succeeded);
        QCOMPARE(steps.at(0).message, QStringLiteral("10 licenses"));
        QCOMPARE(await(m_store->latestSnapshot(device)).value.summary.jobId, jobId);

        JobStepRecord failedStep = done;
        failedStep.state = JobStepState::Failed;
        failedStep.attempt = 2;
        failedStep.message = QStringLiteral("auth rejected");
        QVERIFY(await(m_store->recordDeviceFailure(device, QStringLiteral("auth rejected"), failedStep)).ok());
        QCOMPARE(await(m_store->jobSteps(jobId)).value.at(0).attempt, 2);
    }

    void saveManyInOneTransaction()
    {
        const qint64 a = addDevice(1), b = addDevice(2);
        QList<SnapshotRecord> batch {sampleSnapshot(a, m_t0), sampleSnapshot(b, m_t0),
                                     sampleSnapshot(a, m_t0.addSecs(60))};
        const StoreResult<QList<qint64>> saved = await(m_store->saveSnapshots(batch));
        QVERIFY(saved.ok());
        QCOMPARE(saved.value.size(), 3);
        QCOMPARE(await(m_store->device(a)).value.latestSnapshotId, saved.value.at(2));

        batch.append(sampleSnapshot(999, m_t0)); // one bad snapshot: none of the batch is kept
        QCOMPARE(await(m_store->saveSnapshots(batch)).error.code, StoreError::Code::NotFound);
        QCOMPARE(count("snapshots"), 3);
    }

    void pruneKeepsTheNewestAndTheLatest()
    {
        const qint64 a = addDevice(1), b = addDevice(2);
        QList<qint64> ids;
        for (int day = 0; day < 5; ++day)
            ids.append(await(m_store->saveSnapshot(sampleSnapshot(a, m_t0.addDays(day)))).value);
        await(m_store->saveSnapshot(sampleSnapshot(b, m_t0)));
        const StoreResult<int> pruned = await(m_store->pruneSnapshots(2));
        QVERIFY(pruned.ok());
        QCOMPARE(pruned.value, 3);
        const QList<SnapshotSummary> left = await(m_store->snapshotHistory(a)).value;
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.at(0).id, ids.at(4));
        QCOMPARE(left.at(1).id, ids.at(3));
        QCOMPARE(await(m_store->snapshotHistory(b)).value.size(), 1);
        QCOMPARE(count("license_usage"), 30); // the pruned snapshots' rows went with them
        QCOMPARE(count("raw_outputs"), 6);
    }

    void removingADeviceRemovesItsHistory()
    {
        const qint64 a = addDevice(1), b = addDevice(2);
        await(m_store->saveSnapshot(sampleSnapshot(a, m_t0)));
        await(m_store->saveSnapshot(sampleSnapshot(b, m_t0)));
        AuditEntry entry;
        entry.deviceId = a;
        entry.action = QStringLiteral("refresh");
        entry.outcome = QStringLiteral("ok");
        QVERIFY(await(m_store->appendAudit(entry)).ok());
        QVERIFY(await(m_store->removeDevice(a)).ok());
        QCOMPARE(count("snapshots"), 1);
        QCOMPARE(count("license_usage"), 10);
        QCOMPARE(count("raw_outputs"), 2);
        // The audit trail outlives the device.
        QCOMPARE(
            sqlScalar(m_path,
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refresh' AND device_id IS NULL"))
                .toInt(),
            1);
        QCOMPARE(await(m_store->integrityCheck()).value, QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestStoreSnapshots)
#include "test_store_snapshots.moc"
