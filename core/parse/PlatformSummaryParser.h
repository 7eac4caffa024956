#pragma once

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
};

} // namespace slp
