#pragma once

#include "AckUploadPlan.h"
#include "formats/ArchiveLimits.h"
#include "store/DeviceOverview.h"

#include <QList>
#include <QStringList>

namespace slp {

// Upload from Cisco, the reading half: reads ACK bundles (AckBundleReader over SafeArchiveReader,
// which refuses escaping paths, links and oversized members naming the entry) and single ACK files,
// and matches each ACK to a device by UDI against the devices' latest snapshots. Pure: adding the
// files to the report library and running ImportAckJob on the matched devices is the caller's part.
class AckUploadPlanner
{
public:
    // Reads the files (gzip content: an ACK bundle, anything else: one ACK file).
    static AckUploadPlan read(const QStringList &paths, const ArchiveLimits &limits = {});
    // Sets deviceId / deviceName of each importable entry and devicesWithoutAck.
    static void match(AckUploadPlan *plan, const QList<DeviceOverview> &devices);
};

} // namespace slp
