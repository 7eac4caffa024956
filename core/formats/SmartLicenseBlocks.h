#pragma once

#include "FormatResult.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace slp {

// The <data> texts of the blocks an ACK or policy file holds: `<smartLicense>` with
// `<smartLicenseRumAck><data>..</data></smartLicenseRumAck>` and/or
// `<smartLicensePolicy><data>..</data></smartLicensePolicy>`. Read under SafeXml's rules.
struct SmartLicenseBlocks
{
    std::optional<QByteArray> rumAckData;
    std::optional<QByteArray> policyData;
    bool hasRumReports = false;
    QStringList warnings;

    static FormatResult<SmartLicenseBlocks> read(const QByteArray &fileBytes);
};

} // namespace slp
