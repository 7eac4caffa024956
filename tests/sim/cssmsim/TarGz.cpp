#include "TarGz.h"

#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace slp::cssmsim::targz {

namespace {

constexpr la_int64_t kMaxMemberBytes = 64LL * 1024 * 1024;

struct ReadDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};
struct WriteDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};

la_ssize_t appendToBuffer(archive *, void *clientData, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(clientData)->append(static_cast<const char *>(buffer), static_cast<qsizetype>(length));
    return static_cast<la_ssize_t>(length);
}

} // namespace

std::optional<QList<Member>> read(const QByteArray &bytes, QString *problem)
{
    std::unique_ptr<archive, ReadDeleter> reader(archive_read_new());
    archive_read_support_filter_gzip(reader.get());
    archive_read_support_filter_none(reader.get());
    archive_read_support_format_tar(reader.get());
    if (archive_read_open_memory(reader.get(), bytes.constData(), static_cast<size_t>(bytes.size())) != ARCHIVE_OK) {
        *problem = QStringLiteral("not a tar or tar.gz archive: %1")
                       .arg(QString::fromUtf8(archive_error_string(reader.get())));
        return std::nullopt;
    }
    QList<Member> members;
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK) {
        const QString name = QString::fromUtf8(archive_entry_pathname(entry));
        if (archive_entry_filetype(entry) == AE_IFDIR)
            continue;
        if (archive_entry_filetype(entry) != AE_IFREG) {
            *problem = QStringLiteral("entry \"%1\" is not a regular file").arg(name);
            return std::nullopt;
        }
        if (name.startsWith(QLatin1Char('/')) || name.split(QLatin1Char('/')).contains(QStringLiteral(".."))) {
            *problem = QStringLiteral("entry \"%1\" escapes the target folder").arg(name);
            return std::nullopt;
        }
        if (archive_entry_size(entry) > kMaxMemberBytes) {
            *problem = QStringLiteral("entry \"%1\" is larger than 64 MiB").arg(name);
            return std::nullopt;
        }
        QByteArray data(static_cast<qsizetype>(archive_entry_size(entry)), '\0');
        const la_ssize_t got = archive_read_data(reader.get(), data.data(), static_cast<size_t>(data.size()));
        if (got != data.size()) {
            *problem = QStringLiteral("entry \"%1\" is truncated").arg(name);
            return std::nullopt;
        }
        members.append({name, data});
    }
    if (status != ARCHIVE_EOF) {
        *problem = QStringLiteral("damaged archive: %1").arg(QString::fromUtf8(archive_error_string(reader.get())));
        return std::nullopt;
    }
    return members;
}

std::optional<QByteArray> write(const QList<Member> &members, qint64 time, QString *problem)
{
    QByteArray output;
    std::unique_ptr<archive, WriteDeleter> writer(archive_write_new());
    archive_write_add_filter_gzip(writer.get());
    archive_write_set_format_pax_restricted(writer.get());
    if (archive_write_open(writer.get(), &output, nullptr, appendToBuffer, nullptr) != ARCHIVE_OK) {
        *problem = QString::fromUtf8(archive_error_string(writer.get()));
        return std::nullopt;
    }
    for (const Member &member : members) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname_utf8(entry, member.name.toUtf8().constData());
        archive_entry_set_size(entry, member.data.size());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_mtime(entry, time, 0);
        archive_entry_set_uname(entry, "root");
        archive_entry_set_gname(entry, "root");
        const bool ok = archive_write_header(writer.get(), entry) == ARCHIVE_OK
            && archive_write_data(writer.get(), member.data.constData(), static_cast<size_t>(member.data.size()))
                == member.data.size();
        archive_entry_free(entry);
        if (!ok) {
            *problem = QStringLiteral("cannot write \"%1\": %2")
                           .arg(member.name, QString::fromUtf8(archive_error_string(writer.get())));
            return std::nullopt;
        }
    }
    if (archive_write_close(writer.get()) != ARCHIVE_OK) {
        *problem = QString::fromUtf8(archive_error_string(writer.get()));
        return std::nullopt;
    }
    return output;
}

} // namespace slp::cssmsim::targz
