#pragma once

#include "LibraryFile.h"
#include "StoreResult.h"
#include "StoreSession.h"

#include <QCoreApplication>

namespace slp {

// The `library_files` table: rows only. The files themselves are written and read by ReportLibrary,
// which is the class to use; this one is for code that must add rows inside its own store task
// (ReportLibrary::addWith's `more`, another facade's transaction).
class LibraryFileTable
{
    Q_DECLARE_TR_FUNCTIONS(slp::LibraryFileTable)
public:
    explicit LibraryFileTable(StoreSession &session)
        : m_session(session)
    { }

    // Inserts the row, or returns the existing row with the same (kind, sha256) unchanged: the
    // library holds each content once. `file.id`, createdAt and updatedAt are ignored.
    StoreResult<LibraryFile> insertOrExisting(const LibraryFile &file);

    StoreResult<LibraryFile> find(qint64 id);
    // NotFound when no row has this content.
    StoreResult<LibraryFile> findByContent(LibraryFileKind kind, const QString &sha256);
    StoreResult<QList<LibraryFile>> list(const LibraryFilter &filter);
    // Rows whose report ids include `reportId` (e.g. the RUM file an ACK answers), oldest first.
    StoreResult<QList<LibraryFile>> withReportId(const QString &reportId);

    // Each returns NotFound naming the first id with no row; the others stay changed only when the
    // caller's task succeeds (it runs in one transaction).
    StoreError setState(const QList<qint64> &ids, LibraryFileState state, const QString &detail = QString());
    // Sets bundle_id (0 clears it) and, if given, the state.
    StoreError setBundle(const QList<qint64> &ids, qint64 bundleId,
                         std::optional<LibraryFileState> state = LibraryFileState::Bundled);
    // Sets poll_id and, if given, the state.
    StoreError setPollId(const QList<qint64> &ids, const QString &pollId,
                         std::optional<LibraryFileState> state = LibraryFileState::Sent);
    // Replaces the report ids (e.g. once known from the router's own list).
    StoreError setReportIds(qint64 id, const QStringList &reportIds);

private:
    StoreError requireChanged(qint64 id);
    // Sets `column` (a column name written in this class, never input) to `value` and, when given,
    // the state of every file in `ids`.
    StoreError setColumn(const QList<qint64> &ids, const char *column, const QVariant &value,
                         std::optional<LibraryFileState> state);
    StoreResult<QList<LibraryFile>> select(const QString &where, const QVariantMap &bindings);

    StoreSession &m_session;
};

} // namespace slp
