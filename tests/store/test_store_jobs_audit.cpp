// Jobs and job steps (what a resumed job needs to know) and the audit log (redacted commands).
#include "StoreTestSupport.h"
#include "store/AuditRedaction.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace slp;
using slp::test::await;
using slp::test::sampleDevice;

class TestStoreJobsAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_counter = 0;

private slots:
    void init()
    {
        m_store = std::make_unique<Store>();
        QVERIFY(await(m_store->open(m_dir.filePath(QStringLiteral("jobs-%1.sqlite").arg(++m_counter)))).ok());
    }

    void cleanup() { m_store.reset(); }

    void jobLifecycleAndResumeQuery()
    {
        const qint64 r1 = await(m_store->addDevice(sampleDevice(1))).value;
        const qint64 r2 = await(m_store->addDevice(sampleDevice(2))).value;
        JobRecord job;
        job.kind = QStringLiteral("refresh");
        job.state = JobState::Running;
        job.parameters = QJsonObject {{QStringLiteral("parallel"), 16}, {QStringLiteral("all"), true}};
        const QList<JobStepRecord> steps {{0, 0, r1, QStringLiteral("refresh"), JobStepState::Pending, 0, {}, {}},
                                          {0, 0, r2, QStringLiteral("refresh"), JobStepState::Pending, 0, {}, {}}};
        const StoreResult<qint64> created = await(m_store->createJob(job, steps));
        QVERIFY2(created.ok(), qPrintable(created.error.message));

        JobRecord done;
        done.kind = QStringLiteral("collect-usage");
        done.state = JobState::Succeeded;
        const qint64 finishedJob = await(m_store->createJob(done)).value;

        QVERIFY(await(m_store->updateJobStep({0,
                                              created.value,
                                              r1,
                                              QStringLiteral("refresh"),
                                              JobStepState::Succeeded,
                                              1,
                                              QStringLiteral("ok"),
                                              {}}))
                    .ok());
        QVERIFY(await(m_store->updateJobStep({0,
                                              created.value,
                                              r2,
                                              QStringLiteral("refresh"),
                                              JobStepState::Running,
                                              1,
                                              QStringLiteral("connecting"),
                                              {}}))
                    .ok());

        // After a crash: the running job is unfinished, and its steps say who still needs work.
        const QList<JobRecord> unfinished = await(m_store->unfinishedJobs()).value;
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.at(0).id, created.value);
        QCOMPARE(unfinished.at(0).parameters.value(u"parallel").toInt(), 16);
        QVERIFY(unfinished.at(0).createdAt.isValid());
        QVERIFY(!unfinished.at(0).finishedAt.isValid());
        const QList<JobStepRecord> read = await(m_store->jobSteps(created.value)).value;
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0).deviceId, r1);
        QCOMPARE(read.at(0).state, JobStepState::Succeeded);
        QCOMPARE(read.at(1).state, JobStepState::Running);
        QCOMPARE(read.at(1).message, QStringLiteral("connecting"));
        QCOMPARE(read.at(1).attempt, 1);

        QVERIFY(await(m_store->setJobState(created.value, JobState::Failed)).ok());
        const JobRecord finished = await(m_store->job(created.value)).value;
        QCOMPARE(finished.state, JobState::Failed);
        QVERIFY(finished.finishedAt.isValid());
        QCOMPARE(await(m_store->unfinishedJobs()).value.size(), 0);

        const QList<JobRecord> recent = await(m_store->recentJobs(10)).value;
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.at(0).id, finishedJob);
        QCOMPARE(await(m_store->setJobState(9999, JobState::Running)).code, StoreError::Code::NotFound);
        QCOMPARE(await(m_store->job(9999)).error.message, QStringLiteral("There is no job with id 9999."));
    }

    void jobWideStepsAndBadSteps()
    {
        JobRecord job;
        job.kind = QStringLiteral("upload-bundle");
        const qint64 jobId = await(m_store->createJob(job)).value;
        JobStepRecord upload {0, jobId, 0, QStringLiteral("upload"), JobStepState::Running, 1, {}, {}};
        QVERIFY(await(m_store->updateJobStep(upload)).ok());
        upload.state = JobStepState::Succeeded;
        QVERIFY(await(m_store->updateJobStep(upload)).ok()); // same step (no device): updated, not added
        QCOMPARE(await(m_store->jobSteps(jobId)).value.size(), 1);
        QCOMPARE(await(m_store->jobSteps(jobId)).value.at(0).state, JobStepState::Succeeded);

        const StoreError noDevice = await(
            m_store->updateJobStep({0, jobId, 777, QStringLiteral("refresh"), JobStepState::Pending, 0, {}, {}}));
        QCOMPARE(noDevice.code, StoreError::Code::NotFound);
        QVERIFY2(noDevice.message.contains(QLatin1String("device 777 does not exist")), qPrintable(noDevice.message));
        QCOMPARE(await(m_store->createJob(JobRecord())).error.message, QStringLiteral("A job needs a kind."));
    }

    void auditLogRedactsAndFilters()
    {
        const qint64 r1 = await(m_store->addDevice(sampleDevice(1))).value;
        AuditEntry trust;
        trust.actor = QStringLiteral("alice");
        trust.deviceId = r1;
        trust.action = QStringLiteral("trust");
        trust.command = QStringLiteral("license smart trust idtoken NjA0ZTVhY2MtMjY3Zi00NDhhLTk5 local force");
        trust.outcome = QStringLiteral("ok");
        trust.at = QDateTime(QDate(2024, 3, 19), QTime(10, 0), Qt::UTC);
        QVERIFY(await(m_store->appendAudit(trust)).ok());
        AuditEntry other;
        other.action = QStringLiteral("cssm-sync");
        other.outcome = QStringLiteral("failed");
        other.detail = QStringLiteral("HTTP 503");
        QVERIFY(await(m_store->appendAudit(other)).ok());

        const QList<AuditEntry> forDevice = await(m_store->auditLog(r1)).value;
        QCOMPARE(forDevice.size(), 2); // the device-add entry (now) and the older trust entry
        QCOMPARE(forDevice.at(0).action, QStringLiteral("device-add"));
        QCOMPARE(forDevice.at(1).command, QStringLiteral("license smart trust idtoken <redacted> local force"));
        QCOMPARE(forDevice.at(1).actor, QStringLiteral("alice"));
        QCOMPARE(forDevice.at(1).at, trust.at);
        const QList<AuditEntry> all = await(m_store->auditLog(0, 2)).value;
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).action, QStringLiteral("cssm-sync"));
        QCOMPARE(all.at(0).actor, AuditEntry::currentActor());
        QCOMPARE(await(m_store->appendAudit(AuditEntry())).error.code, StoreError::Code::InvalidInput);
        AuditEntry ghost = other;
        ghost.deviceId = 4040;
        QCOMPARE(await(m_store->appendAudit(ghost)).error.message,
                 QStringLiteral("Cannot write the audit log about device 4040: there is no such device."));
    }

    void redaction_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("expected");
        QTest::newRow("idtoken") << QStringLiteral("license smart trust idtoken abc123== all")
                                 << QStringLiteral("license smart trust idtoken <redacted> all");
        QTest::newRow("password type 0") << QStringLiteral("username admin password 0 s3cr3t")
                                         << QStringLiteral("username admin password 0 <redacted>");
        QTest::newRow("secret") << QStringLiteral("username ops secret Hunter2")
                                << QStringLiteral("username ops secret <redacted>");
        QTest::newRow("upper case") << QStringLiteral("LICENSE SMART TRUST IDTOKEN XyZ LOCAL")
                                    << QStringLiteral("LICENSE SMART TRUST IDTOKEN <redacted> LOCAL");
        QTest::newRow("nothing secret") << QStringLiteral("show license status")
                                        << QStringLiteral("show license status");
    }

    void redaction()
    {
        QFETCH(QString, command);
        QFETCH(QString, expected);
        QCOMPARE(redactCommand(command), expected);
    }
};

QTEST_GUILESS_MAIN(TestStoreJobsAudit)
#include "test_store_jobs_audit.moc"
