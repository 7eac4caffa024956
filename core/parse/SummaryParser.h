#pragma once

#include "ParseResult.h"
#include "model/LicenseSummary.h"

#include <QStringView>

namespace slp {

// `show license summary`: account information and the License / Entitlement Tag / Count / Status
// table, whatever its header wording and column widths (rows are read by their parenthesised tag,
// or by runs of blanks when there are no parentheses), with `...`-truncated names and tags.
class SummaryParser
{
public:
    static ParseResult<LicenseSummary> parse(QStringView text);
};

} // namespace slp
