#pragma once

#include "FormatResult.h"
#include "model/Udi.h"

#include <QString>
#include <QStringView>

namespace slp {

// The request code a router prints for `license smart reservation request local`, shaped
// `C<v>-Z<PID>:<SN>-<9 chars>-<2 hex>`, e.g. `CD-ZNCS-5501-SE:FOC2118R24P-AVYd1FABK-AC`.
struct SlrRequestCode
{
    QString text; // the whole code as given (trimmed)
    QString version; // one or two letters after the leading C ("D" above)
    Udi udi; // PID and serial number carried in the code
    QString nonce; // the 9-character part ("AVYd1FABK")
    QString checksum; // the 2 hexadecimal digits at the end ("AC")

    // Errors name the part that does not fit the shape.
    static FormatResult<SlrRequestCode> parse(QStringView text);
};

} // namespace slp
