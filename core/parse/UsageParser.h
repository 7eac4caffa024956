#pragma once

#include "ParseResult.h"
#include "model/LicenseUsageList.h"

#include <QStringView>

namespace slp {

// `show license usage`: the `NAME (TAG):` blocks (and IOS XE's `License Authorization:` header).
class UsageParser
{
public:
    static ParseResult<LicenseUsageList> parse(QStringView text);
};

} // namespace slp
