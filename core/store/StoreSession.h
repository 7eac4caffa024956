#pragma once

#include "StoreError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <unordered_map>
#include <vector>

namespace slp {

// One open SQLite connection and the statements prepared on it. Belongs to the thread that
// opened it (the StoreWorker's); tables (DeviceTable, SnapshotTable, ...) run their SQL through it.
class StoreSession
{
    Q_DECLARE_TR_FUNCTIONS(slp::StoreSession)
public:
    StoreSession(QSqlDatabase database, QString path);
    ~StoreSession();
    StoreSession(const StoreSession &) = delete;
    StoreSession &operator=(const StoreSession &) = delete;

    QSqlDatabase &database() { return m_database; }
    const QString &path() const { return m_path; }

    // A statement prepared once per connection and reused: SQLite parses it only the first time,
    // which is what makes bulk writes fast. The returned query is reset and ready for binding.
    QSqlQuery &prepared(const QString &sql);

    // Runs a prepared, bound query; on failure the error names `what` and SQLite's reason.
    StoreError exec(QSqlQuery &query, const QString &what);
    // Runs one statement without keeping it prepared (DDL, PRAGMA, transaction control).
    StoreError execDirect(const QString &sql, const QString &what);

    // Resets every prepared statement. A SELECT left mid-way keeps a read transaction open, and
    // a connection holding an old read snapshot cannot start writing once another connection has
    // written (SQLite answers "database is locked" at once); so this runs after every task.
    void resetPrepared();
    // Drops every prepared statement (before closing, or before schema changes).
    void clearPrepared();

    // Maps a failed query to a StoreError: constraint violations become Duplicate/NotFound/InUse.
    static StoreError errorFrom(const QSqlQuery &query, const QString &what);

private:
    QSqlDatabase m_database;
    QString m_path;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared; // QSqlQuery cannot be copied
    std::vector<QSqlQuery *> m_used; // handed out since the last resetPrepared()
};

} // namespace slp
