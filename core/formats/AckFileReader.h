#pragma once

#include "AckFile.h"
#include "FormatResult.h"

#include <QByteArray>

namespace slp {

// Reads an ACK file: `<smartLicense><smartLicenseRumAck><data>..</data></smartLicenseRumAck>`,
// optionally followed by `<smartLicensePolicy>`. Unknown <data> content is not an error.
class AckFileReader
{
public:
    static FormatResult<AckFile> read(const QByteArray &fileBytes);
};

} // namespace slp
