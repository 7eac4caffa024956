#pragma once

#include "JobStates.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace slp {

// One flow run over many devices (table `jobs`), kept so that it can resume after a crash.
struct JobRecord
{
    qint64 id = 0;
    QString kind; // e.g. "refresh", "collect-usage"
    JobState state = JobState::Pending;
    QJsonObject parameters; // what the job needs to resume (never secrets)
    QDateTime createdAt; // set by the store when left invalid
    QDateTime updatedAt; // maintained by the store
    QDateTime finishedAt; // set by the store when the state becomes terminal

    bool operator==(const JobRecord &) const = default;
};

} // namespace slp
