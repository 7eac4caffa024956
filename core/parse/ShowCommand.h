#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace slp {

// The `show license ...` commands whose output the console reads.
enum class ShowCommand {
    Unknown,
    Status, // show license status
    Summary, // show license summary
    Usage, // show license usage
    All, // show license all
    Udi, // show license udi
    Reservation, // show license reservation
    PlatformSummary, // show license platform summary
    PlatformDetail, // show license platform detail
    RumIdAll, // show license rum id all
    RumIdDetail, // show license rum id <id> detail
};

// The command as an admin types it ("show license rum id <id> detail" for RumIdDetail); empty for
// Unknown. This is also the `command` string of the JSON output.
QString showCommandText(ShowCommand command);

// Reads a command line as typed at the router, IOS abbreviations included (`sh lic sum`,
// `show license rum id 1711234567 detail`, a trailing `| include ...` filter is ignored).
// nullopt when it is not one of the commands above (or is ambiguous, like `sh lic s`).
std::optional<ShowCommand> showCommandFromText(QStringView text);

} // namespace slp
