#pragma once

#include "JobStates.h"

#include <QDateTime>
#include <QString>

namespace slp {

// One step of a job on one device (table `job_steps`); (jobId, deviceId, step) identifies it.
struct JobStepRecord
{
    qint64 id = 0;
    qint64 jobId = 0;
    qint64 deviceId = 0; // 0 for a job-wide step
    QString step; // e.g. "refresh"
    JobStepState state = JobStepState::Pending;
    int attempt = 0; // how many times it was started
    QString message; // progress or failure text for the admin
    QDateTime updatedAt; // maintained by the store

    bool operator==(const JobStepRecord &) const = default;
};

} // namespace slp
