#pragma once

#include "SnapshotSummary.h"

#include <QSqlQuery>

namespace slp {

// How snapshot summary columns are selected and read back; shared by the snapshot and device
// queries (the device table joins the latest snapshot).
class SnapshotRow
{
public:
    // "s.id, s.device_id, ..." in the order summaryFrom() reads them.
    static QString summaryColumns();
    static constexpr int summaryColumnCount = 16;
    // Reads the summary columns starting at column `first` of the current row.
    static SnapshotSummary summaryFrom(const QSqlQuery &query, int first);
};

} // namespace slp
