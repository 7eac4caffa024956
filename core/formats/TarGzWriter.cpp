#include "TarGzWriter.h"

#include <archive.h>
#include <archive_entry.h>

namespace slp {

namespace {

la_ssize_t appendOutput(archive *, void *output, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(output)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

} // namespace

TarGzWriter::TarGzWriter(const QDateTime &entryTime)
    : m_archive(archive_write_new())
    , m_entryTime(entryTime.toSecsSinceEpoch())
{
    if (archive_write_set_format_pax_restricted(m_archive) != ARCHIVE_OK
        || archive_write_add_filter_gzip(m_archive) != ARCHIVE_OK
        // No padding of the compressed file to a 10 KiB block: nothing reads it as a tape.
        || archive_write_set_bytes_in_last_block(m_archive, 1) != ARCHIVE_OK
        || archive_write_open2(m_archive, &m_output, nullptr, appendOutput, nullptr, nullptr) != ARCHIVE_OK)
        m_error = archiveError();
}

TarGzWriter::~TarGzWriter()
{
    archive_write_free(m_archive);
}

QString TarGzWriter::archiveError() const
{
    const char *text = archive_error_string(m_archive);
    return QStringLiteral("cannot write the archive: %1")
        .arg(text ? QString::fromUtf8(text) : QStringLiteral("unknown error"));
}

bool TarGzWriter::addFile(const QString &path, const QByteArray &data)
{
    if (!m_error.isEmpty())
        return false;
    archive_entry *entry = archive_entry_new();
    const QByteArray name = path.toUtf8();
    archive_entry_set_pathname_utf8(entry, name.constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, data.size());
    archive_entry_set_mtime(entry, m_entryTime, 0);
    archive_entry_set_uname(entry, "root");
    archive_entry_set_gname(entry, "root");
    bool ok = archive_write_header(m_archive, entry) == ARCHIVE_OK;
    if (ok && !data.isEmpty())
        ok = archive_write_data(m_archive, data.constData(), size_t(data.size())) == data.size();
    archive_entry_free(entry);
    if (!ok)
        m_error = archiveError();
    return ok;
}

FormatResult<QByteArray> TarGzWriter::finish()
{
    if (m_error.isEmpty() && archive_write_close(m_archive) != ARCHIVE_OK)
        m_error = archiveError();
    if (!m_error.isEmpty())
        return FormatResult<QByteArray>::failure(m_error);
    return FormatResult<QByteArray>::success(m_output);
}

} // namespace slp
