#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace slp::cssmsim {

// In-memory tar / tar.gz through libarchive, for the offline bundle round trip.
namespace targz {

struct Member
{
    QString name;
    QByteArray data;
};

// Regular files of a tar or tar.gz; refuses links, absolute or ".." paths and members over 64 MiB.
std::optional<QList<Member>> read(const QByteArray &archive, QString *problem);
// A gzip-compressed pax tar of regular files (mode 0644, mtime `time`).
std::optional<QByteArray> write(const QList<Member> &members, qint64 time, QString *problem);

} // namespace targz

} // namespace slp::cssmsim
