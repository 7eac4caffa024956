#pragma once

#include "NormalisedOutput.h"
#include "ParseResult.h"
#include "model/UdiInfo.h"

#include <QStringView>

namespace slp {

// `show license udi`: the UDI and the HA UDI list (Active/Standby/Member, with node locations on XR).
class UdiParser
{
public:
    static ParseResult<UdiInfo> parse(QStringView text);
    // The same, on output already normalised (ShowOutputParser normalises once for detection and parsing).
    static ParseResult<UdiInfo> parse(const NormalisedOutput &output);
};

} // namespace slp
