#pragma once

#include "ArchiveLimits.h"
#include "ArchiveMember.h"
#include "FormatResult.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace slp {

// Reads a tar or tar.gz archive into memory, never onto disk, refusing anything that is not a plain
// relative file within limits: paths that escape (`../`, absolute, drive letters), symbolic and hard
// links, device nodes, FIFOs, sockets, sparse entries, duplicate names, members or totals over the
// limits and compression bombs. A refusal rejects the whole archive, with a message naming the entry.
class SafeArchiveReader
{
public:
    explicit SafeArchiveReader(ArchiveLimits limits = {});

    // `archiveName` is used in messages ("UD_VA_x.tar.gz: entry ..."). Budgets (total bytes,
    // entries) are shared by every read() of one reader, so nested archives count against them.
    FormatResult<QList<ArchiveMember>> read(const QByteArray &archive, const QString &archiveName);

    qint64 bytesRead() const { return m_totalBytes; }
    qint64 entriesRead() const { return m_entries; }

private:
    ArchiveLimits m_limits;
    qint64 m_totalBytes = 0;
    qint64 m_entries = 0;
};

} // namespace slp
