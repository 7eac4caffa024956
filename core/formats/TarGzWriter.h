#pragma once

#include "FormatResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

struct archive;

namespace slp {

// Builds a tar.gz (POSIX pax/ustar) in memory: regular files only, mode 0644, owner root, the given
// time on every entry, so the same input gives the same archive.
class TarGzWriter
{
public:
    explicit TarGzWriter(const QDateTime &entryTime);
    ~TarGzWriter();
    TarGzWriter(const TarGzWriter &) = delete;
    TarGzWriter &operator=(const TarGzWriter &) = delete;

    // False (see errorString()) if the archive library refuses; nothing more can be added then.
    bool addFile(const QString &path, const QByteArray &data);

    // Closes the archive and returns its bytes (or the first error met).
    FormatResult<QByteArray> finish();

private:
    QString archiveError() const;

    archive *m_archive = nullptr;
    QByteArray m_output;
    qint64 m_entryTime = 0;
    QString m_error;
};

} // namespace slp
