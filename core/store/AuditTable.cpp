#include "AuditTable.h"

#include "AuditRedaction.h"
#include "SqlValues.h"

namespace slp {

StoreResult<qint64> AuditTable::append(AuditEntry entry)
{
    using Result = StoreResult<qint64>;
    if (entry.action.trimmed().isEmpty() || entry.outcome.trimmed().isEmpty())
        return Result::failure(
            StoreError::make(StoreError::Code::InvalidInput, tr("An audit entry needs an action and an outcome.")));
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    if (entry.actor.isEmpty())
        entry.actor = AuditEntry::currentActor();
    QSqlQuery &query = m_session.prepared(
        QStringLiteral("INSERT INTO audit_log (at, actor, device_id, action, command, outcome, detail) VALUES "
                       "(:at, :actor, :device, :action, :command, :outcome, :detail)"));
    query.bindValue(QStringLiteral(":at"), sql::fromTime(entry.at));
    query.bindValue(QStringLiteral(":actor"), sql::text(entry.actor));
    query.bindValue(QStringLiteral(":device"), sql::fromId(entry.deviceId));
    query.bindValue(QStringLiteral(":action"), entry.action.trimmed());
    query.bindValue(QStringLiteral(":command"), sql::text(redactCommand(entry.command)));
    query.bindValue(QStringLiteral(":outcome"), entry.outcome.trimmed());
    query.bindValue(QStringLiteral(":detail"), sql::text(entry.detail));
    StoreError error = m_session.exec(query, tr("Writing the audit log"));
    if (error.code == StoreError::Code::InUse)
        error.message = tr("Cannot write the audit log about device %1: there is no such device.").arg(entry.deviceId);
    if (!error.ok())
        return Result::failure(error);
    return Result::success(query.lastInsertId().toLongLong());
}

StoreResult<QList<AuditEntry>> AuditTable::query(qint64 deviceId, int limit)
{
    QSqlQuery &query = m_session.prepared(
        QStringLiteral("SELECT id, at, actor, device_id, action, command, outcome, detail FROM audit_log "
                       "WHERE :device = 0 OR device_id = :device ORDER BY at DESC, id DESC LIMIT :limit"));
    query.bindValue(QStringLiteral(":device"), deviceId);
    query.bindValue(QStringLiteral(":limit"), limit > 0 ? limit : -1);
    if (StoreError error = m_session.exec(query, tr("Reading the audit log")); !error.ok())
        return StoreResult<QList<AuditEntry>>::failure(error);
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = sql::toTime(query.value(1));
        entry.actor = query.value(2).toString();
        entry.deviceId = query.value(3).toLongLong();
        entry.action = query.value(4).toString();
        entry.command = query.value(5).toString();
        entry.outcome = query.value(6).toString();
        entry.detail = query.value(7).toString();
        entries.append(entry);
    }
    return StoreResult<QList<AuditEntry>>::success(std::move(entries));
}

} // namespace slp
