#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace slp {

// The columns of a snapshot the device table shows, readable without the JSON document.
struct SnapshotSummary
{
    qint64 id = 0;
    qint64 deviceId = 0;
    qint64 jobId = 0; // 0 when not taken by a job
    QDateTime takenAt; // UTC
    QString udi; // "PID:...,SN:..."
    QString platformPid;
    QString serial;
    QString softwareVersion;
    QString transportType; // cslu | smart | off | ...
    std::optional<bool> trustInstalled; // unknown when the output did not say
    QDateTime lastAck;
    QDateTime nextAckDeadline;
    QString complianceState; // core/compliance's state name
    QDateTime nextDue;
    QString dueReason;
    int parseIssueCount = 0; // lines the parsers could not read

    bool operator==(const SnapshotSummary &) const = default;
};

} // namespace slp
