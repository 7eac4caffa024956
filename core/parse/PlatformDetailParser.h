#pragma once

#include "NormalisedOutput.h"
#include "ParseResult.h"
#include "model/PlatformDetail.h"

#include <QStringView>

namespace slp {

// `show license platform detail` (IOS XR): the schedule, SIA banner and parameters of the summary,
// then `Feature/Area:` blocks holding `Entitlement: NAME (TAG)` blocks with description and
// `Count: Last: n, Next: m`.
class PlatformDetailParser
{
public:
    static ParseResult<PlatformDetail> parse(QStringView text);
    // The same, on output already normalised (ShowOutputParser normalises once for detection and parsing).
    static ParseResult<PlatformDetail> parse(const NormalisedOutput &output);
};

} // namespace slp
