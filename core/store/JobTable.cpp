#include "JobTable.h"

#include "SqlValues.h"

#include <QJsonDocument>

namespace slp {

namespace {

const QString jobColumns = QStringLiteral("id, kind, state, parameters, created_at, updated_at, finished_at");

JobRecord jobFrom(const QSqlQuery &query)
{
    JobRecord job;
    job.id = query.value(0).toLongLong();
    job.kind = query.value(1).toString();
    job.state = jobStateFromText(query.value(2).toString()).value_or(JobState::Failed);
    job.parameters = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    job.createdAt = sql::toTime(query.value(4));
    job.updatedAt = sql::toTime(query.value(5));
    job.finishedAt = sql::toTime(query.value(6));
    return job;
}

} // namespace

StoreResult<qint64> JobTable::insert(JobRecord job, const QList<JobStepRecord> &steps)
{
    using Result = StoreResult<qint64>;
    if (job.kind.trimmed().isEmpty())
        return Result::failure(StoreError::make(StoreError::Code::InvalidInput, tr("A job needs a kind.")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!job.createdAt.isValid())
        job.createdAt = now;
    QSqlQuery &query = m_session.prepared(
        QStringLiteral("INSERT INTO jobs (kind, state, parameters, created_at, updated_at, finished_at) VALUES "
                       "(:kind, :state, :parameters, :created, :updated, :finished)"));
    query.bindValue(QStringLiteral(":kind"), job.kind.trimmed());
    query.bindValue(QStringLiteral(":state"), toText(job.state));
    query.bindValue(QStringLiteral(":parameters"),
                    QString::fromUtf8(QJsonDocument(job.parameters).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":created"), sql::fromTime(job.createdAt));
    query.bindValue(QStringLiteral(":updated"), sql::fromTime(now));
    query.bindValue(QStringLiteral(":finished"), sql::fromTime(isTerminal(job.state) ? now : QDateTime()));
    if (StoreError error = m_session.exec(query, tr("Creating a %1 job").arg(job.kind)); !error.ok())
        return Result::failure(error);
    const qint64 jobId = query.lastInsertId().toLongLong();
    for (JobStepRecord step : steps) {
        step.jobId = jobId;
        if (StoreError error = upsertStep(step); !error.ok())
            return Result::failure(error);
    }
    return Result::success(jobId);
}

StoreError JobTable::requireJob(qint64 jobId)
{
    QSqlQuery &changes = m_session.prepared(QStringLiteral("SELECT changes()"));
    if (StoreError error = m_session.exec(changes, tr("Reading the change count")); !error.ok())
        return error;
    if (changes.next() && changes.value(0).toInt() > 0)
        return StoreError::none();
    return StoreError::make(StoreError::Code::NotFound, tr("There is no job with id %1.").arg(jobId));
}

StoreError JobTable::setState(qint64 jobId, JobState state)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery &query = m_session.prepared(
        QStringLiteral("UPDATE jobs SET state = :state, updated_at = :now, finished_at = :finished WHERE id = :id"));
    query.bindValue(QStringLiteral(":state"), toText(state));
    query.bindValue(QStringLiteral(":now"), sql::fromTime(now));
    query.bindValue(QStringLiteral(":finished"), sql::fromTime(isTerminal(state) ? now : QDateTime()));
    query.bindValue(QStringLiteral(":id"), jobId);
    if (StoreError error = m_session.exec(query, tr("Updating job %1").arg(jobId)); !error.ok())
        return error;
    return requireJob(jobId);
}

StoreError JobTable::upsertStep(const JobStepRecord &step)
{
    if (step.step.trimmed().isEmpty())
        return StoreError::make(StoreError::Code::InvalidInput, tr("A job step needs a name."));
    const QString what = tr("Recording step \"%1\" of job %2").arg(step.step).arg(step.jobId);
    const QVariant now = sql::fromTime(QDateTime::currentDateTimeUtc());
    // `IS` matches a NULL device (a job-wide step) as well as a real one.
    QSqlQuery &update = m_session.prepared(
        QStringLiteral("UPDATE job_steps SET state = :state, attempt = :attempt, message = :message, updated_at = :now "
                       "WHERE job_id = :job AND device_id IS :device AND step = :step"));
    update.bindValue(QStringLiteral(":state"), toText(step.state));
    update.bindValue(QStringLiteral(":attempt"), step.attempt);
    update.bindValue(QStringLiteral(":message"), sql::text(step.message));
    update.bindValue(QStringLiteral(":now"), now);
    update.bindValue(QStringLiteral(":job"), step.jobId);
    update.bindValue(QStringLiteral(":device"), sql::fromId(step.deviceId));
    update.bindValue(QStringLiteral(":step"), step.step.trimmed());
    if (StoreError error = m_session.exec(update, what); !error.ok())
        return error;
    if (update.numRowsAffected() > 0)
        return StoreError::none();

    QSqlQuery &insert = m_session.prepared(
        QStringLiteral("INSERT INTO job_steps (job_id, device_id, step, state, attempt, message, updated_at) "
                       "VALUES (:job, :device, :step, :state, :attempt, :message, :now)"));
    insert.bindValue(QStringLiteral(":job"), step.jobId);
    insert.bindValue(QStringLiteral(":device"), sql::fromId(step.deviceId));
    insert.bindValue(QStringLiteral(":step"), step.step.trimmed());
    insert.bindValue(QStringLiteral(":state"), toText(step.state));
    insert.bindValue(QStringLiteral(":attempt"), step.attempt);
    insert.bindValue(QStringLiteral(":message"), sql::text(step.message));
    insert.bindValue(QStringLiteral(":now"), now);
    StoreError error = m_session.exec(insert, what);
    if (error.code == StoreError::Code::InUse)
        error = StoreError::make(
            StoreError::Code::NotFound,
            tr("%1: job %2 or device %3 does not exist.").arg(what).arg(step.jobId).arg(step.deviceId));
    return error;
}

StoreResult<JobRecord> JobTable::find(qint64 jobId)
{
    StoreResult<QList<JobRecord>> found = list(QStringLiteral("WHERE id = :id"), 1, {{QStringLiteral(":id"), jobId}});
    if (!found.ok())
        return StoreResult<JobRecord>::failure(found.error);
    if (found.value.isEmpty())
        return StoreResult<JobRecord>::failure(
            StoreError::make(StoreError::Code::NotFound, tr("There is no job with id %1.").arg(jobId)));
    return StoreResult<JobRecord>::success(found.value.constFirst());
}

StoreResult<QList<JobRecord>> JobTable::unfinished()
{
    return list(QStringLiteral("WHERE state IN ('pending', 'running') ORDER BY id"), -1);
}

StoreResult<QList<JobRecord>> JobTable::recent(int limit)
{
    return list(QStringLiteral("ORDER BY id DESC"), limit);
}

StoreResult<QList<JobRecord>> JobTable::list(const QString &whereAndOrder, int limit, const QVariantMap &bindings)
{
    QSqlQuery &query
        = m_session.prepared(QStringLiteral("SELECT %1 FROM jobs %2 LIMIT :limit").arg(jobColumns, whereAndOrder));
    query.bindValue(QStringLiteral(":limit"), limit);
    for (auto it = bindings.begin(); it != bindings.end(); ++it)
        query.bindValue(it.key(), it.value());
    if (StoreError error = m_session.exec(query, tr("Reading jobs")); !error.ok())
        return StoreResult<QList<JobRecord>>::failure(error);
    QList<JobRecord> jobs;
    while (query.next())
        jobs.append(jobFrom(query));
    return StoreResult<QList<JobRecord>>::success(std::move(jobs));
}

StoreResult<QList<JobStepRecord>> JobTable::steps(qint64 jobId)
{
    QSqlQuery &query = m_session.prepared(
        QStringLiteral("SELECT id, job_id, device_id, step, state, attempt, message, updated_at FROM job_steps "
                       "WHERE job_id = :job ORDER BY id"));
    query.bindValue(QStringLiteral(":job"), jobId);
    if (StoreError error = m_session.exec(query, tr("Reading the steps of job %1").arg(jobId)); !error.ok())
        return StoreResult<QList<JobStepRecord>>::failure(error);
    QList<JobStepRecord> steps;
    while (query.next()) {
        JobStepRecord step;
        step.id = query.value(0).toLongLong();
        step.jobId = query.value(1).toLongLong();
        step.deviceId = query.value(2).toLongLong();
        step.step = query.value(3).toString();
        step.state = jobStepStateFromText(query.value(4).toString()).value_or(JobStepState::Failed);
        step.attempt = query.value(5).toInt();
        step.message = query.value(6).toString();
        step.updatedAt = sql::toTime(query.value(7));
        steps.append(step);
    }
    return StoreResult<QList<JobStepRecord>>::success(std::move(steps));
}

} // namespace slp
