#include "ReportLibrary.h"

#include "JobTable.h"
#include "LibraryFileTable.h"
#include "Store.h"
#include "StoreLogging.h"
#include "StoreTasks.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace slp {

namespace {

constexpr int shaPrefixLength = 16;
constexpr int maxSafeNameLength = 80;

QString safeName(const QString &fileName)
{
    // Only the last path component, and only characters every file system takes.
    QString name = QFileInfo(fileName).fileName();
    QString safe;
    safe.reserve(name.size());
    for (QChar c : std::as_const(name)) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
            || c == u'-' || c == u'_';
        safe.append(plain ? c : u'_');
    }
    while (safe.startsWith(u'.'))
        safe.remove(0, 1);
    if (safe.isEmpty())
        safe = QStringLiteral("file");
    // Keep the end: extensions (.tar.gz, .txt) say what the file is.
    if (safe.size() > maxSafeNameLength)
        safe = safe.right(maxSafeNameLength);
    return safe;
}

LibraryFile rowFor(const LibraryFileInput &input, const QString &sha256)
{
    LibraryFile file;
    file.kind = input.kind;
    file.state = input.state;
    file.deviceId = input.deviceId;
    file.udi = input.udi;
    file.fileName = input.fileName.isEmpty() ? QStringLiteral("file") : QFileInfo(input.fileName).fileName();
    file.path = ReportLibrary::relativePathFor(input.kind, sha256, file.fileName);
    file.sha256 = sha256;
    file.size = input.content.size();
    file.reportIds = input.reportIds;
    file.jobId = input.jobId;
    file.bundleId = input.bundleId;
    file.pollId = input.pollId;
    file.detail = input.detail;
    return file;
}

// Runs on the store thread: file first, then the row. For an existing row whose file is missing the
// file is written again (the content is at hand); a file that is there but was changed is left as it
// is, so that reading it keeps reporting the change instead of hiding it.
StoreResult<LibraryFile> addOnSession(StoreSession &session, const QString &directory, const LibraryFileInput &input)
{
    using Result = StoreResult<LibraryFile>;
    const QString sha256 = ReportLibrary::sha256Hex(input.content);
    LibraryFileTable table(session);
    Result existing = table.findByContent(input.kind, sha256);
    if (existing.ok()) {
        if (ReportLibrary::readVerified(directory, existing.value).error.code == StoreError::Code::NotFound) {
            qCWarning(lcStore) << "library file" << existing.value.id << "was missing; written again";
            if (StoreError error = ReportLibrary::writeFile(directory, existing.value.path, input.content); !error.ok())
                return Result::failure(error);
        }
        return existing;
    }
    if (existing.error.code != StoreError::Code::NotFound)
        return existing;
    const LibraryFile row = rowFor(input, sha256);
    if (StoreError error = ReportLibrary::writeFile(directory, row.path, input.content); !error.ok())
        return Result::failure(error);
    return table.insertOrExisting(row);
}

} // namespace

ReportLibrary::ReportLibrary(Store &store, QString directory)
    : m_store(store)
    , m_directory(std::move(directory))
{ }

QString ReportLibrary::absolutePath(const LibraryFile &file) const
{
    return QDir(m_directory).filePath(file.path);
}

QFuture<StoreResult<LibraryFile>> ReportLibrary::add(const LibraryFileInput &input,
                                                     const std::optional<JobStepRecord> &step)
{
    return addWith(input, [step](StoreSession &session, const LibraryFile &) {
        return step ? JobTable(session).upsertStep(*step) : StoreError::none();
    });
}

QFuture<StoreResult<LibraryFile>> ReportLibrary::addWith(const LibraryFileInput &input, MoreWork more)
{
    return storetasks::write<StoreResult<LibraryFile>>(
        m_store.worker(), [directory = m_directory, input, more = std::move(more)](StoreSession &session) {
            StoreResult<LibraryFile> added = addOnSession(session, directory, input);
            if (added.ok() && more)
                added.error = more(session, added.value);
            return added;
        });
}

QFuture<StoreResult<LibraryFile>> ReportLibrary::file(qint64 id)
{
    return storetasks::read<StoreResult<LibraryFile>>(
        m_store.worker(), [id](StoreSession &session) { return LibraryFileTable(session).find(id); });
}

QFuture<StoreResult<LibraryFile>> ReportLibrary::fileByContent(LibraryFileKind kind, const QString &sha256)
{
    return storetasks::read<StoreResult<LibraryFile>>(m_store.worker(), [kind, sha256](StoreSession &session) {
        return LibraryFileTable(session).findByContent(kind, sha256);
    });
}

QFuture<StoreResult<QList<LibraryFile>>> ReportLibrary::list(const LibraryFilter &filter)
{
    return storetasks::read<StoreResult<QList<LibraryFile>>>(
        m_store.worker(), [filter](StoreSession &session) { return LibraryFileTable(session).list(filter); });
}

QFuture<StoreResult<QList<LibraryFile>>> ReportLibrary::files(qint64 deviceId, LibraryFileKind kind,
                                                              std::optional<LibraryFileState> state)
{
    LibraryFilter filter;
    filter.deviceId = deviceId;
    filter.kind = kind;
    filter.state = state;
    return list(filter);
}

QFuture<StoreResult<QList<LibraryFile>>> ReportLibrary::filesWithReportId(const QString &reportId)
{
    return storetasks::read<StoreResult<QList<LibraryFile>>>(m_store.worker(), [reportId](StoreSession &session) {
        return LibraryFileTable(session).withReportId(reportId);
    });
}

QFuture<StoreResult<QByteArray>> ReportLibrary::content(qint64 id)
{
    return storetasks::read<StoreResult<QByteArray>>(
        m_store.worker(), [id, directory = m_directory](StoreSession &session) {
            StoreResult<LibraryFile> row = LibraryFileTable(session).find(id);
            if (!row.ok())
                return StoreResult<QByteArray>::failure(row.error);
            return readVerified(directory, row.value);
        });
}

StoreResult<QByteArray> ReportLibrary::readVerified(const LibraryFile &file) const
{
    return readVerified(m_directory, file);
}

QFuture<StoreError> ReportLibrary::setState(const QList<qint64> &ids, LibraryFileState state, const QString &detail)
{
    return update(
        [ids, state, detail](StoreSession &session) { return LibraryFileTable(session).setState(ids, state, detail); });
}

QFuture<StoreError> ReportLibrary::setBundle(const QList<qint64> &ids, qint64 bundleId,
                                             std::optional<LibraryFileState> state)
{
    return update([ids, bundleId, state](StoreSession &session) {
        return LibraryFileTable(session).setBundle(ids, bundleId, state);
    });
}

QFuture<StoreError> ReportLibrary::setPollId(const QList<qint64> &ids, const QString &pollId,
                                             std::optional<LibraryFileState> state)
{
    return update([ids, pollId, state](StoreSession &session) {
        return LibraryFileTable(session).setPollId(ids, pollId, state);
    });
}

QFuture<StoreError> ReportLibrary::update(std::function<StoreError(StoreSession &session)> work)
{
    return storetasks::write<StoreError>(m_store.worker(), std::move(work));
}

QString ReportLibrary::sha256Hex(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString ReportLibrary::relativePathFor(LibraryFileKind kind, const QString &sha256, const QString &fileName)
{
    return QStringLiteral("%1/%2-%3").arg(toText(kind), sha256.left(shaPrefixLength).toLower(), safeName(fileName));
}

StoreError ReportLibrary::writeFile(const QString &directory, const QString &relativePath, const QByteArray &content)
{
    const QString path = QDir(directory).filePath(relativePath);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return StoreError::make(StoreError::Code::Database,
                                tr("Cannot create the library folder %1.").arg(QFileInfo(path).absolutePath()));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit())
        return StoreError::make(StoreError::Code::Database,
                                tr("Cannot write the library file %1: %2").arg(path, out.errorString()));
    return StoreError::none();
}

StoreResult<QByteArray> ReportLibrary::readVerified(const QString &directory, const LibraryFile &file)
{
    using Result = StoreResult<QByteArray>;
    const QString path = QDir(directory).filePath(file.path);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Result::failure(StoreError::make(
            StoreError::Code::NotFound,
            tr("Library file %1 (%2, %3) cannot be read from %4: %5")
                .arg(QString::number(file.id), toText(file.kind), file.fileName, path, in.errorString())));
    QByteArray bytes = in.readAll();
    const QString actual = sha256Hex(bytes);
    if (actual != file.sha256.toLower())
        return Result::failure(StoreError::make(
            StoreError::Code::InvalidInput,
            tr("Library file %1 (%2, %3) was changed on disk and is not used: %4 has sha256 %5, the library "
               "recorded %6.")
                .arg(QString::number(file.id), toText(file.kind), file.fileName, path, actual, file.sha256)));
    return Result::success(std::move(bytes));
}

} // namespace slp
