#pragma once

#include "NormalisedOutput.h"
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
    // The same, on output already normalised (ShowOutputParser normalises once for detection and parsing).
    static ParseResult<LicenseSummary> parse(const NormalisedOutput &output);
};

} // namespace slp
