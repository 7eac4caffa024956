#pragma once

#include "FormatResult.h"
#include "RumReportFile.h"

#include <QByteArray>

namespace slp {

// Reads a RUM report file (`license smart save usage ...`): <smartLicense> with one
// <smartLicenseSystemInfo><data> block and any number of <RUMReport><![CDATA[json]]></RUMReport>.
class RumFileReader
{
public:
    static constexpr qsizetype maxReports = 100000;

    // Errors name the report (position, report id when known, line) and the field.
    static FormatResult<RumReportFile> read(const QByteArray &fileBytes);
};

} // namespace slp
