#include "SnapshotTable.h"

#include "SnapshotRow.h"
#include "SqlValues.h"

#include <QJsonDocument>

namespace slp {

StoreError SnapshotTable::requireDevice(qint64 deviceId)
{
    QSqlQuery &query = m_session.prepared(QStringLiteral("SELECT 1 FROM devices WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), deviceId);
    if (StoreError error = m_session.exec(query, tr("Looking up device %1").arg(deviceId)); !error.ok())
        return error;
    if (query.next())
        return StoreError::none();
    return StoreError::make(StoreError::Code::NotFound,
                            tr("Cannot store a snapshot for device %1: there is no such device.").arg(deviceId));
}

StoreResult<qint64> SnapshotTable::insert(const SnapshotRecord &snapshot)
{
    using Result = StoreResult<qint64>;
    const SnapshotSummary &summary = snapshot.summary;
    if (StoreError error = requireDevice(summary.deviceId); !error.ok())
        return Result::failure(error);
    const QDateTime takenAt = summary.takenAt.isValid() ? summary.takenAt : QDateTime::currentDateTimeUtc();
    const QString what = tr("Storing a snapshot of device %1").arg(summary.deviceId);

    QSqlQuery &query = m_session.prepared(QStringLiteral(
        "INSERT INTO snapshots (device_id, job_id, taken_at, state, udi, platform_pid, serial, software_version, "
        "transport_type, trust_installed, last_ack, next_ack_deadline, compliance_state, next_due, due_reason, "
        "parse_issue_count) VALUES (:device, :job, :takenAt, :state, :udi, :pid, :serial, :version, :transport, "
        ":trust, :lastAck, :ackDeadline, :compliance, :nextDue, :dueReason, :issues)"));
    query.bindValue(QStringLiteral(":device"), summary.deviceId);
    query.bindValue(QStringLiteral(":job"), sql::fromId(summary.jobId));
    query.bindValue(QStringLiteral(":takenAt"), sql::fromTime(takenAt));
    query.bindValue(QStringLiteral(":state"),
                    QString::fromUtf8(QJsonDocument(snapshot.state).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":udi"), sql::fromOptionalText(summary.udi));
    query.bindValue(QStringLiteral(":pid"), sql::fromOptionalText(summary.platformPid));
    query.bindValue(QStringLiteral(":serial"), sql::fromOptionalText(summary.serial));
    query.bindValue(QStringLiteral(":version"), sql::fromOptionalText(summary.softwareVersion));
    query.bindValue(QStringLiteral(":transport"), sql::fromOptionalText(summary.transportType));
    query.bindValue(QStringLiteral(":trust"), sql::fromOptionalBool(summary.trustInstalled));
    query.bindValue(QStringLiteral(":lastAck"), sql::fromTime(summary.lastAck));
    query.bindValue(QStringLiteral(":ackDeadline"), sql::fromTime(summary.nextAckDeadline));
    query.bindValue(QStringLiteral(":compliance"), sql::fromOptionalText(summary.complianceState));
    query.bindValue(QStringLiteral(":nextDue"), sql::fromTime(summary.nextDue));
    query.bindValue(QStringLiteral(":dueReason"), sql::fromOptionalText(summary.dueReason));
    query.bindValue(QStringLiteral(":issues"), summary.parseIssueCount);
    if (StoreError error = m_session.exec(query, what); !error.ok())
        return Result::failure(error);
    const qint64 snapshotId = query.lastInsertId().toLongLong();

    if (StoreError error = insertUsage(snapshotId, snapshot.usage); !error.ok())
        return Result::failure(error);
    if (StoreError error = insertRawOutputs(snapshotId, snapshot.rawOutputs); !error.ok())
        return Result::failure(error);

    // Only a newer snapshot becomes the latest: history stored late must not hide the present.
    QSqlQuery &latest = m_session.prepared(QStringLiteral(
        "UPDATE devices SET latest_snapshot_id = :id, last_seen = :takenAt, last_error = NULL WHERE id = :device "
        "AND (latest_snapshot_id IS NULL OR (SELECT taken_at FROM snapshots WHERE id = devices.latest_snapshot_id) "
        "<= :takenAt)"));
    latest.bindValue(QStringLiteral(":id"), snapshotId);
    latest.bindValue(QStringLiteral(":takenAt"), sql::fromTime(takenAt));
    latest.bindValue(QStringLiteral(":device"), summary.deviceId);
    if (StoreError error = m_session.exec(latest, what); !error.ok())
        return Result::failure(error);
    return Result::success(snapshotId);
}

StoreError SnapshotTable::insertUsage(qint64 snapshotId, const QList<UsageRow> &usage)
{
    QSqlQuery &query = m_session.prepared(QStringLiteral(
        "INSERT INTO license_usage (snapshot_id, name, entitlement_tag, count, version, status, license_type, "
        "enforcement, export_status) VALUES (:snapshot, :name, :tag, :count, :version, :status, :type, "
        ":enforcement, :export)"));
    for (const UsageRow &row : usage) {
        query.bindValue(QStringLiteral(":snapshot"), snapshotId);
        query.bindValue(QStringLiteral(":name"), sql::text(row.name));
        query.bindValue(QStringLiteral(":tag"), sql::text(row.entitlementTag));
        query.bindValue(QStringLiteral(":count"), row.count);
        query.bindValue(QStringLiteral(":version"), sql::text(row.version));
        query.bindValue(QStringLiteral(":status"), sql::text(row.status));
        query.bindValue(QStringLiteral(":type"), sql::text(row.licenseType));
        query.bindValue(QStringLiteral(":enforcement"), sql::text(row.enforcement));
        query.bindValue(QStringLiteral(":export"), sql::text(row.exportStatus));
        if (StoreError error = m_session.exec(query, tr("Storing license usage \"%1\"").arg(row.name)); !error.ok())
            return error;
    }
    return StoreError::none();
}

StoreError SnapshotTable::insertRawOutputs(qint64 snapshotId, const QList<RawOutput> &outputs)
{
    QSqlQuery &query = m_session.prepared(
        QStringLiteral("INSERT INTO raw_outputs (snapshot_id, command, output) VALUES (:snapshot, :command, :output)"));
    for (const RawOutput &output : outputs) {
        query.bindValue(QStringLiteral(":snapshot"), snapshotId);
        query.bindValue(QStringLiteral(":command"), sql::text(output.command));
        query.bindValue(QStringLiteral(":output"), sql::text(output.text));
        if (StoreError error = m_session.exec(query, tr("Storing the output of \"%1\"").arg(output.command));
            !error.ok())
            return error;
    }
    return StoreError::none();
}

StoreResult<SnapshotRecord> SnapshotTable::find(qint64 id, bool withRawOutputs)
{
    using Result = StoreResult<SnapshotRecord>;
    QSqlQuery &query = m_session.prepared(
        QStringLiteral("SELECT %1, s.state FROM snapshots s WHERE s.id = :id").arg(SnapshotRow::summaryColumns()));
    query.bindValue(QStringLiteral(":id"), id);
    if (StoreError error = m_session.exec(query, tr("Reading snapshot %1").arg(id)); !error.ok())
        return Result::failure(error);
    if (!query.next())
        return Result::failure(
            StoreError::make(StoreError::Code::NotFound, tr("There is no snapshot with id %1.").arg(id)));
    SnapshotRecord snapshot;
    snapshot.summary = SnapshotRow::summaryFrom(query, 0);
    const QByteArray json = query.value(SnapshotRow::summaryColumnCount).toString().toUtf8();
    snapshot.state = QJsonDocument::fromJson(json).object();
    query.finish();
    if (StoreError error = readUsage(snapshot); !error.ok())
        return Result::failure(error);
    if (withRawOutputs) {
        if (StoreError error = readRawOutputs(snapshot); !error.ok())
            return Result::failure(error);
    }
    return Result::success(std::move(snapshot));
}

StoreError SnapshotTable::readUsage(SnapshotRecord &snapshot)
{
    QSqlQuery &query = m_session.prepared(
        QStringLiteral("SELECT name, entitlement_tag, count, version, status, license_type, enforcement, "
                       "export_status FROM license_usage WHERE snapshot_id = :id ORDER BY id"));
    query.bindValue(QStringLiteral(":id"), snapshot.summary.id);
    if (StoreError error = m_session.exec(query, tr("Reading license usage")); !error.ok())
        return error;
    while (query.next()) {
        snapshot.usage.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                               query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                               query.value(6).toString(), query.value(7).toString()});
    }
    return StoreError::none();
}

StoreError SnapshotTable::readRawOutputs(SnapshotRecord &snapshot)
{
    QSqlQuery &query = m_session.prepared(
        QStringLiteral("SELECT command, output FROM raw_outputs WHERE snapshot_id = :id ORDER BY id"));
    query.bindValue(QStringLiteral(":id"), snapshot.summary.id);
    if (StoreError error = m_session.exec(query, tr("Reading raw outputs")); !error.ok())
        return error;
    while (query.next())
        snapshot.rawOutputs.append({query.value(0).toString(), query.value(1).toString()});
    return StoreError::none();
}

StoreResult<SnapshotRecord> SnapshotTable::latest(qint64 deviceId, bool withRawOutputs)
{
    using Result = StoreResult<SnapshotRecord>;
    QSqlQuery &query = m_session.prepared(QStringLiteral("SELECT latest_snapshot_id FROM devices WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), deviceId);
    if (StoreError error = m_session.exec(query, tr("Reading device %1").arg(deviceId)); !error.ok())
        return Result::failure(error);
    if (!query.next())
        return Result::failure(
            StoreError::make(StoreError::Code::NotFound, tr("There is no device with id %1.").arg(deviceId)));
    const qint64 snapshotId = query.value(0).toLongLong();
    query.finish();
    if (snapshotId == 0)
        return Result::failure(
            StoreError::make(StoreError::Code::NotFound, tr("Device %1 has no snapshot yet.").arg(deviceId)));
    return find(snapshotId, withRawOutputs);
}

StoreResult<QList<SnapshotSummary>> SnapshotTable::history(qint64 deviceId, int limit)
{
    using Result = StoreResult<QList<SnapshotSummary>>;
    QSqlQuery &query = m_session.prepared(QStringLiteral("SELECT %1 FROM snapshots s WHERE s.device_id = :device "
                                                         "ORDER BY s.taken_at DESC, s.id DESC LIMIT :limit")
                                              .arg(SnapshotRow::summaryColumns()));
    query.bindValue(QStringLiteral(":device"), deviceId);
    query.bindValue(QStringLiteral(":limit"), limit > 0 ? limit : -1);
    if (StoreError error = m_session.exec(query, tr("Reading the snapshot history of device %1").arg(deviceId));
        !error.ok())
        return Result::failure(error);
    QList<SnapshotSummary> summaries;
    while (query.next())
        summaries.append(SnapshotRow::summaryFrom(query, 0));
    return Result::success(std::move(summaries));
}

StoreResult<int> SnapshotTable::prune(int keepPerDevice)
{
    QSqlQuery &query = m_session.prepared(QStringLiteral(
        "DELETE FROM snapshots WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY device_id "
        "ORDER BY taken_at DESC, id DESC) AS position FROM snapshots) WHERE position > :keep) "
        "AND id NOT IN (SELECT latest_snapshot_id FROM devices WHERE latest_snapshot_id IS NOT NULL)"));
    query.bindValue(QStringLiteral(":keep"), qMax(1, keepPerDevice));
    if (StoreError error = m_session.exec(query, tr("Pruning old snapshots")); !error.ok())
        return StoreResult<int>::failure(error);
    return StoreResult<int>::success(query.numRowsAffected());
}

} // namespace slp
