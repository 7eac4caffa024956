#include "LibraryFileTable.h"

#include "SqlValues.h"

namespace slp {

namespace {

const QString columns = QStringLiteral("id, kind, state, device_id, udi, file_name, path, sha256, size, report_ids, "
                                       "bundle_id, job_id, poll_id, detail, created_at, updated_at");

LibraryFile fileFrom(const QSqlQuery &query)
{
    LibraryFile file;
    file.id = query.value(0).toLongLong();
    file.kind = libraryFileKindFromText(query.value(1).toString()).value_or(LibraryFileKind::Rum);
    file.state = libraryFileStateFromText(query.value(2).toString()).value_or(LibraryFileState::Failed);
    file.deviceId = query.value(3).toLongLong();
    file.udi = query.value(4).toString();
    file.fileName = query.value(5).toString();
    file.path = query.value(6).toString();
    file.sha256 = query.value(7).toString();
    file.size = query.value(8).toLongLong();
    file.reportIds = query.value(9).toString().split(u' ', Qt::SkipEmptyParts);
    file.bundleId = query.value(10).toLongLong();
    file.jobId = query.value(11).toLongLong();
    file.pollId = query.value(12).toString();
    file.detail = query.value(13).toString();
    file.createdAt = sql::toTime(query.value(14));
    file.updatedAt = sql::toTime(query.value(15));
    return file;
}

// Report ids are kept as one space-separated text: ids never contain spaces (they are numbers).
QString joinReportIds(const QStringList &ids)
{
    QStringList cleaned;
    for (const QString &id : ids) {
        const QString trimmed = id.trimmed();
        if (!trimmed.isEmpty() && !cleaned.contains(trimmed))
            cleaned.append(trimmed);
    }
    return cleaned.join(u' ');
}

} // namespace

StoreResult<LibraryFile> LibraryFileTable::insertOrExisting(const LibraryFile &file)
{
    using Result = StoreResult<LibraryFile>;
    if (file.sha256.size() != 64 || file.path.isEmpty() || file.fileName.isEmpty())
        return Result::failure(
            StoreError::make(StoreError::Code::InvalidInput,
                             tr("A library file needs a name, a path and a sha256 (got \"%1\", \"%2\").")
                                 .arg(file.fileName, file.path)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery &query = m_session.prepared(QStringLiteral(
        "INSERT INTO library_files (kind, state, device_id, udi, file_name, path, sha256, size, report_ids, "
        "bundle_id, job_id, poll_id, detail, created_at, updated_at) VALUES (:kind, :state, :device, :udi, :name, "
        ":path, :sha, :size, :reports, :bundle, :job, :poll, :detail, :now, :now) "
        "ON CONFLICT (kind, sha256) DO NOTHING"));
    query.bindValue(QStringLiteral(":kind"), toText(file.kind));
    query.bindValue(QStringLiteral(":state"), toText(file.state));
    query.bindValue(QStringLiteral(":device"), sql::fromId(file.deviceId));
    query.bindValue(QStringLiteral(":udi"), sql::text(file.udi));
    query.bindValue(QStringLiteral(":name"), file.fileName);
    query.bindValue(QStringLiteral(":path"), file.path);
    query.bindValue(QStringLiteral(":sha"), file.sha256.toLower());
    query.bindValue(QStringLiteral(":size"), file.size);
    query.bindValue(QStringLiteral(":reports"), sql::text(joinReportIds(file.reportIds)));
    query.bindValue(QStringLiteral(":bundle"), sql::fromId(file.bundleId));
    query.bindValue(QStringLiteral(":job"), sql::fromId(file.jobId));
    query.bindValue(QStringLiteral(":poll"), sql::text(file.pollId));
    query.bindValue(QStringLiteral(":detail"), sql::text(file.detail));
    query.bindValue(QStringLiteral(":now"), sql::fromTime(now));
    if (StoreError error = m_session.exec(query, tr("Adding %1 to the report library").arg(file.fileName)); !error.ok())
        return Result::failure(error);
    return findByContent(file.kind, file.sha256);
}

StoreResult<LibraryFile> LibraryFileTable::find(qint64 id)
{
    StoreResult<QList<LibraryFile>> rows = select(QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}});
    if (!rows.ok())
        return StoreResult<LibraryFile>::failure(rows.error);
    if (rows.value.isEmpty())
        return StoreResult<LibraryFile>::failure(
            StoreError::make(StoreError::Code::NotFound, tr("There is no library file with id %1.").arg(id)));
    return StoreResult<LibraryFile>::success(rows.value.constFirst());
}

StoreResult<LibraryFile> LibraryFileTable::findByContent(LibraryFileKind kind, const QString &sha256)
{
    StoreResult<QList<LibraryFile>> rows
        = select(QStringLiteral("kind = :kind AND sha256 = :sha"),
                 {{QStringLiteral(":kind"), toText(kind)}, {QStringLiteral(":sha"), sha256.toLower()}});
    if (!rows.ok())
        return StoreResult<LibraryFile>::failure(rows.error);
    if (rows.value.isEmpty())
        return StoreResult<LibraryFile>::failure(StoreError::make(
            StoreError::Code::NotFound, tr("The library has no %1 file with sha256 %2.").arg(toText(kind), sha256)));
    return StoreResult<LibraryFile>::success(rows.value.constFirst());
}

StoreResult<QList<LibraryFile>> LibraryFileTable::list(const LibraryFilter &filter)
{
    // One statement for every filter combination: an unset filter binds NULL and matches all.
    StoreResult<QList<LibraryFile>> rows = select(
        QStringLiteral("(:kind IS NULL OR kind = :kind) AND (:state IS NULL OR state = :state) "
                       "AND (:device IS NULL OR device_id = :device) AND (:bundle IS NULL OR bundle_id = :bundle) "
                       "AND (:job IS NULL OR job_id = :job) ORDER BY created_at DESC, id DESC LIMIT :limit"),
        {{QStringLiteral(":kind"),
          filter.kind ? QVariant(toText(*filter.kind)) : QVariant(QMetaType::fromType<QString>())},
         {QStringLiteral(":state"),
          filter.state ? QVariant(toText(*filter.state)) : QVariant(QMetaType::fromType<QString>())},
         {QStringLiteral(":device"), sql::fromId(filter.deviceId)},
         {QStringLiteral(":bundle"), sql::fromId(filter.bundleId)},
         {QStringLiteral(":job"), sql::fromId(filter.jobId)},
         {QStringLiteral(":limit"), filter.limit > 0 ? filter.limit : -1}});
    return rows;
}

StoreResult<QList<LibraryFile>> LibraryFileTable::withReportId(const QString &reportId)
{
    return select(QStringLiteral("(' ' || report_ids || ' ') LIKE ('% ' || :report || ' %') ORDER BY id"),
                  {{QStringLiteral(":report"), reportId.trimmed()}});
}

StoreResult<QList<LibraryFile>> LibraryFileTable::select(const QString &where, const QVariantMap &bindings)
{
    QSqlQuery &query = m_session.prepared(QStringLiteral("SELECT %1 FROM library_files WHERE %2").arg(columns, where));
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (StoreError error = m_session.exec(query, tr("Reading the report library")); !error.ok())
        return StoreResult<QList<LibraryFile>>::failure(error);
    QList<LibraryFile> files;
    while (query.next())
        files.append(fileFrom(query));
    return StoreResult<QList<LibraryFile>>::success(std::move(files));
}

StoreError LibraryFileTable::requireChanged(qint64 id)
{
    QSqlQuery &changes = m_session.prepared(QStringLiteral("SELECT changes()"));
    if (StoreError error = m_session.exec(changes, tr("Reading the change count")); !error.ok())
        return error;
    if (changes.next() && changes.value(0).toInt() > 0)
        return StoreError::none();
    return StoreError::make(StoreError::Code::NotFound, tr("There is no library file with id %1.").arg(id));
}

StoreError LibraryFileTable::setState(const QList<qint64> &ids, LibraryFileState state, const QString &detail)
{
    for (qint64 id : ids) {
        QSqlQuery &query = m_session.prepared(QStringLiteral(
            "UPDATE library_files SET state = :state, detail = :detail, updated_at = :now WHERE id = :id"));
        query.bindValue(QStringLiteral(":state"), toText(state));
        query.bindValue(QStringLiteral(":detail"), sql::text(detail));
        query.bindValue(QStringLiteral(":now"), sql::fromTime(QDateTime::currentDateTimeUtc()));
        query.bindValue(QStringLiteral(":id"), id);
        if (StoreError error = m_session.exec(query, tr("Updating library file %1").arg(id)); !error.ok())
            return error;
        if (StoreError error = requireChanged(id); !error.ok())
            return error;
    }
    return StoreError::none();
}

StoreError LibraryFileTable::setBundle(const QList<qint64> &ids, qint64 bundleId, std::optional<LibraryFileState> state)
{
    return setColumn(ids, "bundle_id", sql::fromId(bundleId), state);
}

StoreError LibraryFileTable::setPollId(const QList<qint64> &ids, const QString &pollId,
                                       std::optional<LibraryFileState> state)
{
    return setColumn(ids, "poll_id", sql::text(pollId), state);
}

StoreError LibraryFileTable::setColumn(const QList<qint64> &ids, const char *column, const QVariant &value,
                                       std::optional<LibraryFileState> state)
{
    const QString statement = QStringLiteral("UPDATE library_files SET %1 = :value, state = COALESCE(:state, state), "
                                             "updated_at = :now WHERE id = :id")
                                  .arg(QLatin1String(column));
    for (qint64 id : ids) {
        QSqlQuery &query = m_session.prepared(statement);
        query.bindValue(QStringLiteral(":value"), value);
        query.bindValue(QStringLiteral(":state"),
                        state ? QVariant(toText(*state)) : QVariant(QMetaType::fromType<QString>()));
        query.bindValue(QStringLiteral(":now"), sql::fromTime(QDateTime::currentDateTimeUtc()));
        query.bindValue(QStringLiteral(":id"), id);
        if (StoreError error = m_session.exec(query, tr("Updating library file %1").arg(id)); !error.ok())
            return error;
        if (StoreError error = requireChanged(id); !error.ok())
            return error;
    }
    return StoreError::none();
}

StoreError LibraryFileTable::setReportIds(qint64 id, const QStringList &reportIds)
{
    QSqlQuery &query = m_session.prepared(
        QStringLiteral("UPDATE library_files SET report_ids = :reports, updated_at = :now WHERE id = :id"));
    query.bindValue(QStringLiteral(":reports"), sql::text(joinReportIds(reportIds)));
    query.bindValue(QStringLiteral(":now"), sql::fromTime(QDateTime::currentDateTimeUtc()));
    query.bindValue(QStringLiteral(":id"), id);
    if (StoreError error = m_session.exec(query, tr("Updating library file %1").arg(id)); !error.ok())
        return error;
    return requireChanged(id);
}

} // namespace slp
