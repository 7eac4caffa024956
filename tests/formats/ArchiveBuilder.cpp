#include "ArchiveBuilder.h"

#include <archive.h>
#include <archive_entry.h>

namespace slp::test {

namespace {

la_ssize_t appendOutput(archive *, void *output, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(output)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

} // namespace

ArchiveBuilder::ArchiveBuilder(Compression compression)
    : m_archive(archive_write_new())
{
    archive_write_set_format_pax_restricted(m_archive);
    if (compression == Compression::Gzip)
        archive_write_add_filter_gzip(m_archive);
    archive_write_open2(m_archive, &m_output, nullptr, appendOutput, nullptr, nullptr);
}

ArchiveBuilder::~ArchiveBuilder()
{
    archive_write_free(m_archive);
}

void ArchiveBuilder::writeEntry(const QString &name, unsigned int type, const QByteArray &data,
                                const char *symlinkTarget, const char *hardlinkTarget)
{
    archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname(entry, name.toUtf8().constData());
    archive_entry_set_filetype(entry, type);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, data.size());
    if (symlinkTarget)
        archive_entry_set_symlink(entry, symlinkTarget);
    if (hardlinkTarget)
        archive_entry_set_hardlink(entry, hardlinkTarget);
    if (type == AE_IFCHR || type == AE_IFBLK)
        archive_entry_set_rdev(entry, 0x0103); // /dev/null's numbers
    archive_write_header(m_archive, entry);
    if (!data.isEmpty())
        archive_write_data(m_archive, data.constData(), size_t(data.size()));
    archive_entry_free(entry);
}

ArchiveBuilder &ArchiveBuilder::file(const QString &name, const QByteArray &data)
{
    writeEntry(name, AE_IFREG, data, nullptr, nullptr);
    return *this;
}

ArchiveBuilder &ArchiveBuilder::directory(const QString &name)
{
    writeEntry(name, AE_IFDIR, {}, nullptr, nullptr);
    return *this;
}

ArchiveBuilder &ArchiveBuilder::symlink(const QString &name, const QString &target)
{
    writeEntry(name, AE_IFLNK, {}, target.toUtf8().constData(), nullptr);
    return *this;
}

ArchiveBuilder &ArchiveBuilder::hardlink(const QString &name, const QString &target)
{
    writeEntry(name, AE_IFREG, {}, nullptr, target.toUtf8().constData());
    return *this;
}

ArchiveBuilder &ArchiveBuilder::special(const QString &name, unsigned int type)
{
    writeEntry(name, type, {}, nullptr, nullptr);
    return *this;
}

QByteArray ArchiveBuilder::finish()
{
    archive_write_close(m_archive);
    return m_output;
}

QByteArray ArchiveBuilder::headerClaiming(const QString &name, qint64 declaredSize, Compression compression)
{
    QByteArray output;
    archive *writer = archive_write_new();
    archive_write_set_format_ustar(writer);
    archive_write_set_bytes_per_block(writer, 0); // unbuffered: the header leaves at once
    archive_write_open2(writer, &output, nullptr, appendOutput, nullptr, nullptr);
    archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname(entry, name.toUtf8().constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, declaredSize);
    archive_write_header(writer, entry);
    archive_entry_free(entry);
    archive_write_fail(writer); // never pad the claimed gigabytes
    archive_write_free(writer);
    return compression == Compression::Gzip ? gzip(output) : output;
}

QByteArray ArchiveBuilder::gzip(const QByteArray &data)
{
    QByteArray output;
    archive *writer = archive_write_new();
    archive_write_set_format_raw(writer);
    archive_write_add_filter_gzip(writer);
    archive_write_open2(writer, &output, nullptr, appendOutput, nullptr, nullptr);
    archive_entry *entry = archive_entry_new();
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_write_header(writer, entry);
    archive_write_data(writer, data.constData(), size_t(data.size()));
    archive_entry_free(entry);
    archive_write_close(writer);
    archive_write_free(writer);
    return output;
}

} // namespace slp::test
