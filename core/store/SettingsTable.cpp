#include "SettingsTable.h"

#include "SqlValues.h"

namespace slp {

StoreResult<QHash<QString, QString>> SettingsTable::values(const QString &prefix)
{
    using Result = StoreResult<QHash<QString, QString>>;
    // substr() rather than LIKE: keys may contain '_' or '%', which LIKE would treat as wildcards.
    QSqlQuery &query = m_session.prepared(
        QStringLiteral("SELECT key, value FROM settings WHERE substr(key, 1, length(:prefix)) = :prefix"));
    query.bindValue(QStringLiteral(":prefix"), sql::text(prefix));
    if (StoreError error = m_session.exec(query, tr("Reading the settings")); !error.ok())
        return Result::failure(error);
    QHash<QString, QString> values;
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    return Result::success(std::move(values));
}

StoreError SettingsTable::setValues(const QHash<QString, QString> &values)
{
    const QVariant now = sql::fromTime(QDateTime::currentDateTimeUtc());
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.value().isEmpty()) {
            QSqlQuery &remove = m_session.prepared(QStringLiteral("DELETE FROM settings WHERE key = :key"));
            remove.bindValue(QStringLiteral(":key"), it.key());
            if (StoreError error = m_session.exec(remove, tr("Removing the setting %1").arg(it.key())); !error.ok())
                return error;
            continue;
        }
        QSqlQuery &upsert = m_session.prepared(
            QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (:key, :value, :at) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"));
        upsert.bindValue(QStringLiteral(":key"), it.key());
        upsert.bindValue(QStringLiteral(":value"), it.value());
        upsert.bindValue(QStringLiteral(":at"), now);
        if (StoreError error = m_session.exec(upsert, tr("Writing the setting %1").arg(it.key())); !error.ok())
            return error;
    }
    return {};
}

} // namespace slp
