#include "ClassicIosLicensing.h"

#include "TextMatch.h"

namespace slp {

int classicIosLicensingLine(const NormalisedOutput &output)
{
    for (const OutputLine &line : output.lines) {
        if (text::startsWith(line.text, QLatin1String("License Type Supported"))
            || text::startsWith(line.text, QLatin1String("License Operation Supported"))
            || text::startsWith(line.text, QLatin1String("Device Credential type"))
            || text::startsWith(line.text, QLatin1String("Device Credential Verification")))
            return line.number;
    }
    return 0;
}

} // namespace slp
