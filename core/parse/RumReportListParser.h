#pragma once

#include "NormalisedOutput.h"
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
    // The same, on output already normalised (ShowOutputParser normalises once for detection and parsing).
    static ParseResult<QList<RumReportRow>> parse(const NormalisedOutput &output);
};

} // namespace slp
