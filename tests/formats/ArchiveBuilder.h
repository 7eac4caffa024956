#pragma once

#include <QByteArray>
#include <QString>

struct archive;

namespace slp::test {

// Writes tar / tar.gz archives with libarchive for the tests, including the hostile entries the
// console must refuse (links, devices, FIFOs, escaping paths, lying sizes).
class ArchiveBuilder
{
public:
    enum class Compression { None, Gzip };

    explicit ArchiveBuilder(Compression compression = Compression::Gzip);
    ~ArchiveBuilder();
    ArchiveBuilder(const ArchiveBuilder &) = delete;
    ArchiveBuilder &operator=(const ArchiveBuilder &) = delete;

    ArchiveBuilder &file(const QString &name, const QByteArray &data);
    ArchiveBuilder &directory(const QString &name);
    ArchiveBuilder &symlink(const QString &name, const QString &target);
    ArchiveBuilder &hardlink(const QString &name, const QString &target);
    // `type` is one of libarchive's AE_IF* file types (AE_IFCHR, AE_IFBLK, AE_IFIFO, ...).
    ArchiveBuilder &special(const QString &name, unsigned int type);

    QByteArray finish();

    // A tar whose only header claims `declaredSize` bytes, cut right after that header: the
    // reader must refuse it from the header alone, without the data ever existing.
    static QByteArray headerClaiming(const QString &name, qint64 declaredSize, Compression compression);

    // `data` compressed with gzip (no tar inside).
    static QByteArray gzip(const QByteArray &data);

private:
    void writeEntry(const QString &name, unsigned int type, const QByteArray &data, const char *symlinkTarget,
                    const char *hardlinkTarget);

    archive *m_archive = nullptr;
    QByteArray m_output;
};

} // namespace slp::test
