#pragma once

#include "NormalisedOutput.h"
#include "ParseResult.h"
#include "model/LicenseStatus.h"

#include <QStringView>

namespace slp {

// `show license status` (IOS XR 24.1+, IOS XE, pre-24.1 Smart Licensing). Classic IOS output of the
// same command is recognised and refused (recognised = false, with an issue saying so).
class StatusParser
{
public:
    static ParseResult<LicenseStatus> parse(QStringView text);
    // The same, on output already normalised (ShowOutputParser normalises once for detection and parsing).
    static ParseResult<LicenseStatus> parse(const NormalisedOutput &output);
};

} // namespace slp
