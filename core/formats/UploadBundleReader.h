#pragma once

#include "ArchiveLimits.h"
#include "BundleManifest.h"
#include "FormatResult.h"
#include "RumReportFile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace slp {

// Reads an upload bundle back (what UploadBundleWriter wrote, or one made by another tool):
// every file in it must be a RUM report file.
class UploadBundleReader
{
public:
    struct File
    {
        QString path; // "UD_VA_<ts>.tar.gz/RUM_<pid>_<sn>.xml"
        RumReportFile rum;
    };
    struct Contents
    {
        std::optional<BundleManifest> manifest;
        QList<File> files;
    };

    static FormatResult<Contents> read(const QByteArray &bundleBytes, const QString &bundleName,
                                       const ArchiveLimits &limits = {});
};

} // namespace slp
