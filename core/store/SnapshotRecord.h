#pragma once

#include "RawOutput.h"
#include "SnapshotSummary.h"
#include "UsageRow.h"

#include <QJsonObject>
#include <QList>

namespace slp {

// A device's parsed licensing state at one moment: summary columns, the full parsed document,
// its license usage and the raw outputs it came from. Stored atomically (Store::saveSnapshot).
struct SnapshotRecord
{
    SnapshotSummary summary;
    QJsonObject state; // the parsed document (core/model mapped by the refresh job)
    QList<UsageRow> usage;
    QList<RawOutput> rawOutputs; // empty when read back without them

    bool operator==(const SnapshotRecord &) const = default;
};

} // namespace slp
