#pragma once

#include "FormatResult.h"
#include "SlrAuthorizationCode.h"

#include <QByteArray>
#include <QList>

namespace slp {

// Reads an authorization code file: one `<specificPLR>` element, or several one after the other
// (one per UDI of an HA router), as CSSM hands them out.
class SlrAuthorizationCodeReader
{
public:
    static constexpr qsizetype maxCodes = 64;
    static constexpr qsizetype maxEntitlements = 10000;

    static FormatResult<QList<SlrAuthorizationCode>> read(const QByteArray &fileBytes);
};

} // namespace slp
