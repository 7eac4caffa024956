#pragma once

#include "NormalisedOutput.h"
#include "ParseResult.h"
#include "model/LicenseUsageList.h"

#include <QStringView>

namespace slp {

// `show license usage`: the `NAME (TAG):` blocks (and IOS XE's `License Authorization:` header).
class UsageParser
{
public:
    static ParseResult<LicenseUsageList> parse(QStringView text);
    // The same, on output already normalised (ShowOutputParser normalises once for detection and parsing).
    static ParseResult<LicenseUsageList> parse(const NormalisedOutput &output);
};

} // namespace slp
