#pragma once

#include "JobRecord.h"
#include "JobStepRecord.h"
#include "StoreResult.h"
#include "StoreSession.h"

#include <QCoreApplication>

namespace slp {

// The `jobs` and `job_steps` tables: what a job did per device, so a crashed or killed run can
// be resumed (unfinished() lists the jobs to resume; steps() says which devices still need work).
class JobTable
{
    Q_DECLARE_TR_FUNCTIONS(slp::JobTable)
public:
    explicit JobTable(StoreSession &session)
        : m_session(session)
    { }

    // Creates the job and its initial steps together.
    StoreResult<qint64> insert(JobRecord job, const QList<JobStepRecord> &steps);
    StoreError setState(qint64 jobId, JobState state);
    // Creates or updates the step identified by (jobId, deviceId, step).
    StoreError upsertStep(const JobStepRecord &step);

    StoreResult<JobRecord> find(qint64 jobId);
    StoreResult<QList<JobRecord>> unfinished(); // pending or running, oldest first
    StoreResult<QList<JobRecord>> recent(int limit); // newest first
    StoreResult<QList<JobStepRecord>> steps(qint64 jobId);

private:
    StoreResult<QList<JobRecord>> list(const QString &whereAndOrder, int limit, const QVariantMap &bindings = {});
    StoreError requireJob(qint64 jobId);

    StoreSession &m_session;
};

} // namespace slp
