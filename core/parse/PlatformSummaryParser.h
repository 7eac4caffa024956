#pragma once

#include "NormalisedOutput.h"
#include "ParseResult.h"
#include "model/PlatformSummary.h"

#include <QStringView>

namespace slp {

// `show license platform summary` (IOS XR): collection/reporting schedule, SIA banner, parameters
// and the two-line-header `Feature/Area | Entitlement | Count Last | Next` table.
class PlatformSummaryParser
{
public:
    static ParseResult<PlatformSummary> parse(QStringView text);
    // The same, on output already normalised (ShowOutputParser normalises once for detection and parsing).
    static ParseResult<PlatformSummary> parse(const NormalisedOutput &output);
};

} // namespace slp
