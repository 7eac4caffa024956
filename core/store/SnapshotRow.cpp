#include "SnapshotRow.h"

#include "SqlValues.h"

#include <QVariant>

namespace slp {

QString SnapshotRow::summaryColumns()
{
    return QStringLiteral("s.id, s.device_id, s.job_id, s.taken_at, s.udi, s.platform_pid, s.serial, "
                          "s.software_version, s.transport_type, s.trust_installed, s.last_ack, "
                          "s.next_ack_deadline, s.compliance_state, s.next_due, s.due_reason, s.parse_issue_count");
}

SnapshotSummary SnapshotRow::summaryFrom(const QSqlQuery &query, int first)
{
    int column = first;
    const auto next = [&query, &column]() { return query.value(column++); };
    SnapshotSummary summary;
    summary.id = next().toLongLong();
    summary.deviceId = next().toLongLong();
    summary.jobId = next().toLongLong();
    summary.takenAt = sql::toTime(next());
    summary.udi = next().toString();
    summary.platformPid = next().toString();
    summary.serial = next().toString();
    summary.softwareVersion = next().toString();
    summary.transportType = next().toString();
    summary.trustInstalled = sql::toOptionalBool(next());
    summary.lastAck = sql::toTime(next());
    summary.nextAckDeadline = sql::toTime(next());
    summary.complianceState = next().toString();
    summary.nextDue = sql::toTime(next());
    summary.dueReason = next().toString();
    summary.parseIssueCount = next().toInt();
    return summary;
}

} // namespace slp
