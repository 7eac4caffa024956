#include "DeviceCodeTable.h"

#include "SqlValues.h"

namespace slp {

StoreResult<qint64> DeviceCodeTable::append(DeviceCode code)
{
    using Result = StoreResult<qint64>;
    if (code.deviceId <= 0 || code.code.trimmed().isEmpty())
        return Result::failure(
            StoreError::make(StoreError::Code::InvalidInput, tr("An SLR code needs a device and the code itself.")));
    if (!code.createdAt.isValid())
        code.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery &query
        = m_session.prepared(QStringLiteral("INSERT INTO device_codes (device_id, kind, udi, code, job_id, created_at) "
                                            "VALUES (:device, :kind, :udi, :code, :job, :at)"));
    query.bindValue(QStringLiteral(":device"), code.deviceId);
    query.bindValue(QStringLiteral(":kind"), DeviceCode::kindName(code.kind));
    query.bindValue(QStringLiteral(":udi"), sql::text(code.udi));
    query.bindValue(QStringLiteral(":code"), code.code.trimmed());
    query.bindValue(QStringLiteral(":job"), sql::fromId(code.jobId));
    query.bindValue(QStringLiteral(":at"), sql::fromTime(code.createdAt));
    if (StoreError error = m_session.exec(query, tr("Keeping the SLR %1 code").arg(DeviceCode::kindName(code.kind)));
        !error.ok())
        return Result::failure(error);
    return Result::success(query.lastInsertId().toLongLong());
}

StoreResult<QList<DeviceCode>> DeviceCodeTable::list(qint64 deviceId)
{
    using Result = StoreResult<QList<DeviceCode>>;
    QSqlQuery &query = m_session.prepared(
        QStringLiteral("SELECT id, device_id, kind, udi, code, job_id, created_at FROM device_codes "
                       "WHERE :device = 0 OR device_id = :device ORDER BY created_at, id"));
    query.bindValue(QStringLiteral(":device"), deviceId);
    if (StoreError error = m_session.exec(query, tr("Reading the SLR codes")); !error.ok())
        return Result::failure(error);
    QList<DeviceCode> codes;
    while (query.next()) {
        DeviceCode code;
        code.id = query.value(0).toLongLong();
        code.deviceId = query.value(1).toLongLong();
        DeviceCode::kindFromName(query.value(2).toString(), &code.kind);
        code.udi = query.value(3).toString();
        code.code = query.value(4).toString();
        code.jobId = query.value(5).toLongLong();
        code.createdAt = sql::toTime(query.value(6));
        codes.append(code);
    }
    return Result::success(std::move(codes));
}

} // namespace slp
