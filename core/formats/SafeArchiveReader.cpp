#include "SafeArchiveReader.h"

#include "ArchivePath.h"
#include "FormatsLogging.h"

#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace slp {

namespace {

using Result = FormatResult<QList<ArchiveMember>>;

struct ArchiveFree
{
    void operator()(archive *handle) const { archive_read_free(handle); }
};
using ArchiveHandle = std::unique_ptr<archive, ArchiveFree>;

QString entryTypeProblem(archive_entry *entry)
{
    if (archive_entry_hardlink(entry))
        return QStringLiteral("is a hard link to \"%1\"").arg(QString::fromUtf8(archive_entry_hardlink(entry)));
    switch (archive_entry_filetype(entry)) {
    case AE_IFREG:
    case AE_IFDIR:
        break;
    case AE_IFLNK:
        return QStringLiteral("is a symbolic link to \"%1\"").arg(QString::fromUtf8(archive_entry_symlink(entry)));
    case AE_IFCHR:
        return QStringLiteral("is a character device");
    case AE_IFBLK:
        return QStringLiteral("is a block device");
    case AE_IFIFO:
        return QStringLiteral("is a FIFO");
    case AE_IFSOCK:
        return QStringLiteral("is a socket");
    default:
        return QStringLiteral("is not a regular file (type %1)").arg(archive_entry_filetype(entry), 0, 8);
    }
    if (archive_entry_sparse_count(entry) > 0)
        return QStringLiteral("is a sparse file");
    return {};
}

QString sizeText(qint64 bytes)
{
    constexpr qint64 mebibyte = 1024 * 1024;
    if (bytes >= mebibyte && bytes % mebibyte == 0)
        return QStringLiteral("%1 MiB").arg(bytes / mebibyte);
    return QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace

SafeArchiveReader::SafeArchiveReader(ArchiveLimits limits)
    : m_limits(limits)
{ }

FormatResult<QList<ArchiveMember>> SafeArchiveReader::read(const QByteArray &archiveBytes, const QString &archiveName)
{
    const auto refuse = [&](const QString &entry, const QString &problem) {
        const QString message = QStringLiteral("%1: entry \"%2\" %3").arg(archiveName, entry, problem);
        qCWarning(lcFormats).noquote() << "archive refused:" << message;
        return Result::failure(message);
    };
    if (archiveBytes.size() > m_limits.maxArchiveBytes) {
        return Result::failure(QStringLiteral("%1: the archive is %2 bytes, more than the %3 allowed")
                                   .arg(archiveName)
                                   .arg(archiveBytes.size())
                                   .arg(sizeText(m_limits.maxArchiveBytes)));
    }

    ArchiveHandle handle(archive_read_new());
    archive_read_support_filter_gzip(handle.get());
    archive_read_support_format_tar(handle.get());
    if (archiveBytes.isEmpty())
        return Result::failure(QStringLiteral("%1: the archive is empty").arg(archiveName));
    if (archive_read_open_memory(handle.get(), archiveBytes.constData(), size_t(archiveBytes.size())) != ARCHIVE_OK) {
        return Result::failure(QStringLiteral("%1: not a tar or tar.gz archive (%2)")
                                   .arg(archiveName, QString::fromUtf8(archive_error_string(handle.get()))));
    }

    const qint64 compressedBytes = std::max<qint64>(archiveBytes.size(), 1);
    qint64 uncompressedHere = 0;
    qint64 entriesHere = 0;
    QList<ArchiveMember> members;
    QSet<QString> seen;
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(handle.get(), &entry)) == ARCHIVE_OK) {
        const char *utf8Name = archive_entry_pathname_utf8(entry);
        const QString rawName = QString::fromUtf8(utf8Name ? utf8Name : archive_entry_pathname(entry));
        ++entriesHere;
        if (++m_entries > m_limits.maxEntries)
            return refuse(rawName, QStringLiteral("is one more than the %1 entries allowed").arg(m_limits.maxEntries));
        QString problem;
        const QString path = ArchivePath::normalise(rawName, &problem);
        if (problem.isEmpty())
            problem = entryTypeProblem(entry);
        if (!problem.isEmpty())
            return refuse(rawName, problem);
        if (archive_entry_filetype(entry) == AE_IFDIR)
            continue;
        if (path.isEmpty())
            return refuse(rawName, QStringLiteral("names no file"));
        if (seen.contains(path))
            return refuse(rawName, QStringLiteral("appears twice"));
        seen.insert(path);

        // Refuse on the header's word first, so a 2 GB claim costs nothing to reject.
        const qint64 declared = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;
        if (declared > m_limits.maxMemberBytes || declared < 0)
            return refuse(rawName,
                          QStringLiteral("claims %1 bytes, more than the %2 allowed for one file")
                              .arg(declared)
                              .arg(sizeText(m_limits.maxMemberBytes)));
        if (m_totalBytes + declared > m_limits.maxTotalBytes)
            return refuse(rawName,
                          QStringLiteral("takes the archive's content over the %1 allowed in total")
                              .arg(sizeText(m_limits.maxTotalBytes)));

        ArchiveMember member;
        member.path = path;
        member.data.reserve(declared);
        char buffer[64 * 1024];
        for (;;) {
            const la_ssize_t got = archive_read_data(handle.get(), buffer, sizeof buffer);
            if (got < 0)
                return refuse(
                    rawName,
                    QStringLiteral("cannot be read: %1").arg(QString::fromUtf8(archive_error_string(handle.get()))));
            if (got == 0)
                break;
            m_totalBytes += got;
            uncompressedHere += got;
            // The header may lie; the bytes actually produced are checked as they come.
            if (member.data.size() + got > m_limits.maxMemberBytes)
                return refuse(rawName,
                              QStringLiteral("holds more than the %1 allowed for one file")
                                  .arg(sizeText(m_limits.maxMemberBytes)));
            if (m_totalBytes > m_limits.maxTotalBytes)
                return refuse(rawName,
                              QStringLiteral("takes the archive's content over the %1 allowed in total")
                                  .arg(sizeText(m_limits.maxTotalBytes)));
            if (uncompressedHere > m_limits.ratioFloorBytes
                && uncompressedHere / compressedBytes > m_limits.maxCompressionRatio)
                return refuse(rawName,
                              QStringLiteral("expands more than %1 times (a compression bomb?)")
                                  .arg(m_limits.maxCompressionRatio));
            member.data.append(buffer, got);
        }
        members.append(std::move(member));
    }
    if (status != ARCHIVE_EOF && entriesHere == 0) {
        return Result::failure(QStringLiteral("%1: not a tar or tar.gz archive (%2)")
                                   .arg(archiveName, QString::fromUtf8(archive_error_string(handle.get()))));
    }
    if (status != ARCHIVE_EOF) {
        return Result::failure(QStringLiteral("%1: damaged archive after %2 file(s): %3")
                                   .arg(archiveName)
                                   .arg(members.size())
                                   .arg(QString::fromUtf8(archive_error_string(handle.get()))));
    }
    qCDebug(lcFormats).noquote() << "archive" << archiveName << "read:" << members.size() << "files,"
                                 << uncompressedHere << "bytes";
    return Result::success(std::move(members));
}

} // namespace slp
