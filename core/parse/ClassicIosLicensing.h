#pragma once

#include "NormalisedOutput.h"

namespace slp {

// Classic IOS (15.x, pre-Smart) prints an unrelated `show license status` layout
// (`License Type Supported`, `License Operation Supported`, `Device status:` ...). Recognising it
// lets the console say so instead of mis-reading it. Returns the line that gave it away, or 0.
int classicIosLicensingLine(const NormalisedOutput &output);

} // namespace slp
