#pragma once

#include "ParseResult.h"
#include "SoftwareVersion.h"

#include <QStringView>

namespace slp {

// `show version` on IOS XR: the release from the banner line "Cisco IOS XR Software, Version 7.11.2"
// (a "[Default]" or " LNT" suffix is not part of it) or, when the banner is missing, from the
// Build Information line "Version      : 24.2.1". Not a `show license` command, so the result's
// `command` stays ShowCommand::Unknown; `recognised` is false when neither line is there.
class VersionParser
{
public:
    // The command the refresh runs, and the key of its parse JSON in a snapshot.
    static QString commandText();

    static ParseResult<SoftwareVersion> parse(QStringView text);
};

} // namespace slp
