#pragma once

#include "AckBundle.h"
#include "ArchiveLimits.h"
#include "FormatResult.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace slp {

// Reads the ACK bundle CSSM returns (layout in docs/formats.md, symmetric to the upload bundle):
//   ACK_UD_SA_<ts>.tar.gz
//     manifest.mf                    optional, same keys as the upload's
//     ACK_UD_VA_<ts>.tar.gz          zero or more inner archives...
//       ACK_<pid>_<serial>.xml       ...of one ACK file per device
//     ACK_<pid>_<serial>.xml         ACK files may also sit directly in the outer archive
// Each ACK's device comes from its content (UDI in the ACK data), else from its file name.
class AckBundleReader
{
public:
    static FormatResult<AckBundle> read(const QByteArray &bundleBytes, const QString &bundleName,
                                        const ArchiveLimits &limits = {});

    // ACK_<pid>_<serial>.xml (any folder) -> UDI; nullopt for other names.
    static std::optional<Udi> udiFromFileName(const QString &path);
    // ACK_<pid>_<serial>.xml with characters outside [A-Za-z0-9._-] replaced by '_'.
    static QString fileNameFor(const Udi &udi);
};

} // namespace slp
