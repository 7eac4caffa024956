#pragma once

#include "ParseResult.h"
#include "model/UdiInfo.h"

#include <QStringView>

namespace slp {

// `show license udi`: the UDI and the HA UDI list (Active/Standby/Member, with node locations on XR).
class UdiParser
{
public:
    static ParseResult<UdiInfo> parse(QStringView text);
};

} // namespace slp
