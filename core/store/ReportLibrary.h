#pragma once

#include "JobStepRecord.h"
#include "LibraryFile.h"
#include "StoreResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QString>

#include <functional>
#include <optional>

namespace slp {

class Store;
class StoreSession;

// What ReportLibrary::add() stores: the bytes and what is known about them.
struct LibraryFileInput
{
    LibraryFileKind kind = LibraryFileKind::Rum;
    LibraryFileState state = LibraryFileState::Collected;
    QByteArray content;
    QString fileName; // original name (router file, bundle name); sanitised for the path
    qint64 deviceId = 0;
    QString udi;
    QStringList reportIds;
    qint64 jobId = 0;
    qint64 bundleId = 0;
    QString pollId;
    QString detail;
};

// The report library (docs/flows.md): every RUM report, bundle, ACK, policy and SLR code file the
// flows collect or receive, kept in a folder (JobEnvironment::libraryDirectory) and listed in the
// store's `library_files` table.
//
// A file is written with QSaveFile to <dir>/<kind>/<sha256 prefix>-<safe name> FIRST, then its row
// (with whatever else the caller adds) is written in one store task, i.e. one transaction. A crash
// between the two leaves an orphan file only; adding the same content again rewrites the same path
// and adds the row. Content is deduplicated by (kind, sha256): adding it again returns the existing
// row unchanged (and writes its file again if it is missing; a changed file is left to be reported). Reading content
// verifies the sha256: a file changed on disk is reported, not used.
//
// Every call returns at once with a QFuture, like Store; the work (file I/O included) runs on the
// store's thread, in order with the store's other work.
class ReportLibrary
{
    Q_DECLARE_TR_FUNCTIONS(slp::ReportLibrary)
public:
    ReportLibrary(Store &store, QString directory);

    const QString &directory() const { return m_directory; }
    QString absolutePath(const LibraryFile &file) const;

    // --- Adding ---
    QFuture<StoreResult<LibraryFile>> add(const LibraryFileInput &input,
                                          const std::optional<JobStepRecord> &step = std::nullopt);
    // add() plus `more` in the same transaction, after the row exists (e.g. mark the members of a
    // bundle, write the job step). When `more` fails, nothing of the task is kept (the file stays
    // as an orphan and is reused by the next add of the same content).
    using MoreWork = std::function<StoreError(StoreSession &session, const LibraryFile &added)>;
    QFuture<StoreResult<LibraryFile>> addWith(const LibraryFileInput &input, MoreWork more);

    // --- Reading ---
    QFuture<StoreResult<LibraryFile>> file(qint64 id);
    QFuture<StoreResult<LibraryFile>> fileByContent(LibraryFileKind kind, const QString &sha256);
    QFuture<StoreResult<QList<LibraryFile>>> list(const LibraryFilter &filter = {});
    // deviceId, kind and state together (the common question "this router's collected RUM files").
    QFuture<StoreResult<QList<LibraryFile>>> files(qint64 deviceId, LibraryFileKind kind,
                                                   std::optional<LibraryFileState> state = std::nullopt);
    QFuture<StoreResult<QList<LibraryFile>>> filesWithReportId(const QString &reportId);
    // The stored bytes, verified: InvalidInput when they no longer match the row's sha256 (changed
    // on disk), NotFound when the file is gone. The message names the id, kind and path.
    QFuture<StoreResult<QByteArray>> content(qint64 id);
    // The same check for a row already read, synchronously on the calling thread.
    StoreResult<QByteArray> readVerified(const LibraryFile &file) const;

    // --- Updating ---
    QFuture<StoreError> setState(const QList<qint64> &ids, LibraryFileState state, const QString &detail = QString());
    QFuture<StoreError> setBundle(const QList<qint64> &ids, qint64 bundleId,
                                  std::optional<LibraryFileState> state = LibraryFileState::Bundled);
    QFuture<StoreError> setPollId(const QList<qint64> &ids, const QString &pollId,
                                  std::optional<LibraryFileState> state = LibraryFileState::Sent);
    // Any table work in one transaction (e.g. a job's persistOutcome updating rows and its step).
    QFuture<StoreError> update(std::function<StoreError(StoreSession &session)> work);

    // --- Helpers (any thread) ---
    static QString sha256Hex(const QByteArray &content);
    // <kind>/<first 16 hex of sha256>-<name with only [A-Za-z0-9._-], at most 80 characters>
    static QString relativePathFor(LibraryFileKind kind, const QString &sha256, const QString &fileName);
    // Writes `content` to <directory>/<relativePath> with QSaveFile (creating folders).
    static StoreError writeFile(const QString &directory, const QString &relativePath, const QByteArray &content);
    static StoreResult<QByteArray> readVerified(const QString &directory, const LibraryFile &file);

private:
    Store &m_store;
    QString m_directory;
};

} // namespace slp
