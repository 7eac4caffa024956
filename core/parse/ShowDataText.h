#pragma once

#include "ShowData.h"

#include <QStringList>

namespace slp {

// A compact, human-readable digest of parsed data (what `slpctl parse` prints without --json):
// a few lines naming the values an admin looks for first. Dates in UTC, `-` for absent values.
QStringList showDataSummaryLines(const ShowData &data);

} // namespace slp
