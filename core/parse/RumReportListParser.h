#pragma once

#include "ParseResult.h"
#include "model/RumReportRow.h"

#include <QList>
#include <QStringView>

namespace slp {

// `show license rum id all`: the Report Id / State / Flag / Feature Name table (columns separated
// by blanks or by `|`).
class RumReportListParser
{
public:
    static ParseResult<QList<RumReportRow>> parse(QStringView text);
};

} // namespace slp
