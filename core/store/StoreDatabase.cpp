#include "StoreDatabase.h"

#include "SchemaMigrations.h"
#include "StoreLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace slp {

namespace {

// Runs a one-row PRAGMA or SELECT and returns its first column (invalid on failure).
QVariant scalar(StoreSession &session, const QString &sql, StoreError *error, const QString &what)
{
    QSqlQuery query(session.database());
    if (!query.exec(sql)) {
        *error = StoreSession::errorFrom(query, what);
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', QLatin1String("''"));
    return u'\'' + escaped + u'\'';
}

} // namespace

StoreResult<std::shared_ptr<StoreSession>> StoreDatabase::open(const QString &path, const QString &connectionName)
{
    using Result = StoreResult<std::shared_ptr<StoreSession>>;
    const QString shownPath = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Result::failure(
            StoreError::make(StoreError::Code::NotAStoreDatabase,
                             tr("%1 is not a file; give the path of a database file.").arg(shownPath)));
    if (!QDir().mkpath(info.absolutePath()))
        return Result::failure(StoreError::make(
            StoreError::Code::Database,
            tr("Cannot create the folder %1 for the database.").arg(QDir::toNativeSeparators(info.absolutePath()))));

    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    database.setDatabaseName(path);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!database.open()) {
        const QString reason = database.lastError().text();
        database = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Result::failure(
            StoreError::make(StoreError::Code::Database, tr("Cannot open the database %1: %2").arg(shownPath, reason)));
    }
    auto session = std::make_shared<StoreSession>(database, path);
    database = QSqlDatabase();

    int version = 0;
    StoreError error = checkIdentity(*session, &version);
    if (error.ok())
        error = configure(*session);
    if (error.ok() && version < SchemaMigrations::latestVersion())
        error = migrate(*session, version);
    if (!error.ok()) {
        close(std::move(session));
        return Result::failure(error);
    }
    qCDebug(lcStore) << "opened" << path << "schema version" << SchemaMigrations::latestVersion();
    return Result::success(std::move(session));
}

void StoreDatabase::close(std::shared_ptr<StoreSession> session)
{
    if (!session)
        return;
    const QString connectionName = session->database().connectionName();
    session->clearPrepared();
    session->database().close();
    session.reset();
    QSqlDatabase::removeDatabase(connectionName);
}

QString StoreDatabase::backupPath(const QString &path, int fromVersion)
{
    return path + QStringLiteral(".schema%1.bak").arg(fromVersion);
}

StoreError StoreDatabase::checkIdentity(StoreSession &session, int *version)
{
    const QString shownPath = QDir::toNativeSeparators(session.path());
    StoreError error;
    // Nothing is written before these checks pass: a refused file stays exactly as it was.
    const QVariant userVersion
        = scalar(session, QStringLiteral("PRAGMA user_version"), &error, tr("Reading the schema version"));
    if (!error.ok())
        return StoreError::make(StoreError::Code::NotAStoreDatabase,
                                tr("%1 is not an SLP Console database (%2).").arg(shownPath, error.message));
    *version = userVersion.toInt();
    const int applicationId
        = scalar(session, QStringLiteral("PRAGMA application_id"), &error, tr("Reading the application id")).toInt();
    if (applicationId != 0 && applicationId != SchemaMigrations::applicationId)
        return StoreError::make(
            StoreError::Code::NotAStoreDatabase,
            tr("%1 belongs to another application (SQLite application_id 0x%2); it was not changed.")
                .arg(shownPath)
                .arg(uint(applicationId), 8, 16, QLatin1Char('0')));
    if (*version > SchemaMigrations::latestVersion())
        return StoreError::make(
            StoreError::Code::NewerSchema,
            tr("%1 was written by a newer SLP Console (schema version %2; this version knows up to %3). It was not "
               "changed: use a newer SLP Console, or another database file.")
                .arg(shownPath)
                .arg(*version)
                .arg(SchemaMigrations::latestVersion()));
    if (*version == 0) {
        const int objects
            = scalar(session, QStringLiteral("SELECT count(*) FROM sqlite_master"), &error, tr("Reading the schema"))
                  .toInt();
        if (!error.ok() || objects > 0)
            return StoreError::make(StoreError::Code::NotAStoreDatabase,
                                    tr("%1 is an SQLite database of another application (it has tables but no SLP "
                                       "Console schema version); it was not changed.")
                                        .arg(shownPath));
    }
    return StoreError::none();
}

StoreError StoreDatabase::configure(StoreSession &session)
{
    StoreError error;
    const QString journalMode
        = scalar(session, QStringLiteral("PRAGMA journal_mode = WAL"), &error, tr("Switching to WAL journaling"))
              .toString();
    if (!error.ok())
        return error;
    if (journalMode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "WAL is not available for" << session.path() << "(journal mode" << journalMode
                           << "); readers may wait for writers";
    for (const QString &pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = NORMAL"),
          QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs)}) {
        error = session.execDirect(pragma, tr("Configuring the database (%1)").arg(pragma));
        if (!error.ok())
            return error;
    }
    return StoreError::none();
}

StoreError StoreDatabase::migrate(StoreSession &session, int fromVersion)
{
    const QString shownPath = QDir::toNativeSeparators(session.path());
    if (fromVersion > 0) {
        // A copy of the old database before its schema changes, for a downgrade or a bug report.
        const QString backup = backupPath(session.path(), fromVersion);
        QFile::remove(backup);
        const StoreError backedUp = session.execDirect(QStringLiteral("VACUUM INTO %1").arg(quoted(backup)),
                                                       tr("Backing up the database to %1").arg(backup));
        if (!backedUp.ok())
            return backedUp;
    }
    for (const SchemaMigration &migration : SchemaMigrations::all()) {
        if (migration.version <= fromVersion)
            continue;
        const QString what = tr("Migrating %1 to schema version %2 (%3)")
                                 .arg(shownPath)
                                 .arg(migration.version)
                                 .arg(migration.description);
        StoreError error = session.execDirect(QStringLiteral("BEGIN IMMEDIATE"), what);
        for (const QString &statement : migration.statements) {
            if (!error.ok())
                break;
            error = session.execDirect(statement, what);
        }
        if (error.ok())
            error = session.execDirect(QStringLiteral("PRAGMA user_version = %1").arg(migration.version), what);
        if (error.ok())
            error = session.execDirect(QStringLiteral("COMMIT"), what);
        if (!error.ok()) {
            session.execDirect(QStringLiteral("ROLLBACK"), what);
            return StoreError::make(
                error.code,
                tr("%1. The database was left at schema version %2.").arg(error.message).arg(migration.version - 1));
        }
        qCInfo(lcStore) << "migrated" << session.path() << "to schema version" << migration.version;
    }
    return StoreError::none();
}

} // namespace slp
