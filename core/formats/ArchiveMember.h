#pragma once

#include <QByteArray>
#include <QString>

namespace slp {

// One regular file read out of an archive into memory.
struct ArchiveMember
{
    // Normalised relative path: '/' separators, no "." components, no leading "./".
    QString path;
    QByteArray data;
};

} // namespace slp
