#pragma once

#include "FormatResult.h"
#include "PolicyFile.h"

#include <QByteArray>

namespace slp {

// Reads a policy file: <smartLicense> holding <smartLicensePolicy> and no ACK (a file with both
// is an ACK file; AckFileReader keeps its policy).
class PolicyFileReader
{
public:
    static FormatResult<PolicyFile> read(const QByteArray &fileBytes);
};

} // namespace slp
