#pragma once

#include "ArchiveMember.h"
#include "BundleManifest.h"

#include <QList>
#include <optional>

namespace slp {

// The contents of an offline bundle (upload or ACK), flattened: files of an inner archive are
// listed as "<inner archive name>/<path inside>".
struct OfflineBundle
{
    std::optional<BundleManifest> manifest;
    QList<ArchiveMember> files;
    // Names of the inner archives that were opened, in order.
    QStringList innerArchives;
};

} // namespace slp
