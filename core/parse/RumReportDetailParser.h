#pragma once

#include "NormalisedOutput.h"
#include "ParseResult.h"
#include "model/RumReportDetail.h"

#include <QList>
#include <QStringView>

namespace slp {

// `show license rum id <id> detail` (one report, or several for `rum id all detail`): Report Id,
// Metric Name/Value, Feature Name, UDI, Previous/Next Report Id, State + reason, Start/End Time,
// Storage State, Transaction ID/Message; several fields may share a line, separated by commas.
class RumReportDetailParser
{
public:
    static ParseResult<QList<RumReportDetail>> parse(QStringView text);
    // The same, on output already normalised (ShowOutputParser normalises once for detection and parsing).
    static ParseResult<QList<RumReportDetail>> parse(const NormalisedOutput &output);
};

} // namespace slp
