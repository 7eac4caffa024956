#pragma once

#include "ArchiveLimits.h"
#include "FormatResult.h"
#include "OfflineBundle.h"

#include <QByteArray>
#include <QString>

namespace slp {

// Opens an offline bundle: an outer tar.gz holding `manifest.mf` and files and/or inner tar.gz
// archives (one level deep) holding files. Everything stays in memory under one set of limits;
// every refusal of SafeArchiveReader rejects the bundle.
class OfflineBundleReader
{
public:
    static FormatResult<OfflineBundle> read(const QByteArray &bundleBytes, const QString &bundleName,
                                            const ArchiveLimits &limits = {});

    // Reads a bundle file from disk, refusing files over limits.maxArchiveBytes before reading them.
    static FormatResult<OfflineBundle> readFile(const QString &path, const ArchiveLimits &limits = {});

    // True for names ending in .tar.gz, .tgz or .tar, or data starting with the gzip magic bytes.
    static bool looksLikeArchive(const QString &name, const QByteArray &data);
};

} // namespace slp
