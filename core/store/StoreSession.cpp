#include "StoreSession.h"

#include "StoreLogging.h"

#include <QSqlError>

namespace slp {

StoreSession::StoreSession(QSqlDatabase database, QString path)
    : m_database(std::move(database))
    , m_path(std::move(path))
{ }

StoreSession::~StoreSession()
{
    clearPrepared();
}

QSqlQuery &StoreSession::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto query = std::make_unique<QSqlQuery>(m_database);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            qCWarning(lcStore) << "preparing a statement failed:" << query->lastError().text();
        it = m_prepared.emplace(sql, std::move(query)).first;
    } else {
        it->second->finish(); // release the previous run's read cursor before binding again
    }
    m_used.push_back(it->second.get());
    return *it->second;
}

StoreError StoreSession::exec(QSqlQuery &query, const QString &what)
{
    if (query.exec())
        return StoreError::none();
    return errorFrom(query, what);
}

StoreError StoreSession::execDirect(const QString &sql, const QString &what)
{
    QSqlQuery query(m_database);
    if (query.exec(sql))
        return StoreError::none();
    return errorFrom(query, what);
}

void StoreSession::resetPrepared()
{
    for (QSqlQuery *query : m_used)
        query->finish();
    m_used.clear();
}

void StoreSession::clearPrepared()
{
    m_used.clear();
    m_prepared.clear();
}

StoreError StoreSession::errorFrom(const QSqlQuery &query, const QString &what)
{
    const QSqlError error = query.lastError();
    const QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // SQLite's extended result codes (QSqlError::nativeErrorCode) tell constraint kinds apart.
    const int code = error.nativeErrorCode().toInt();
    constexpr int constraintUnique = 2067;
    constexpr int constraintPrimaryKey = 1555;
    constexpr int constraintForeignKey = 787;
    StoreError::Code kind = StoreError::Code::Database;
    if (code == constraintUnique || code == constraintPrimaryKey)
        kind = StoreError::Code::Duplicate;
    else if (code == constraintForeignKey)
        kind = StoreError::Code::InUse;
    else if ((code & 0xff) == 19) // SQLITE_CONSTRAINT: CHECK, NOT NULL, trigger RAISE
        kind = StoreError::Code::InvalidInput;
    qCWarning(lcStore) << what << "failed:" << reason;
    return StoreError::make(kind, tr("%1 failed: %2").arg(what, reason));
}

} // namespace slp
