#pragma once

#include "NormalisedOutput.h"
#include "ParseResult.h"
#include "model/LicenseAll.h"

#include <QStringView>

namespace slp {

// `show license all`: the status sections plus license usage, product information, agent version,
// license authorizations and the usage report summary.
class AllParser
{
public:
    static ParseResult<LicenseAll> parse(QStringView text);
    // The same, on output already normalised (ShowOutputParser normalises once for detection and parsing).
    static ParseResult<LicenseAll> parse(const NormalisedOutput &output);
};

} // namespace slp
