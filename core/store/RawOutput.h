#pragma once

#include <QString>

namespace slp {

// The text a device printed for one command, kept with the snapshot for support (table `raw_outputs`).
struct RawOutput
{
    QString command; // e.g. "show license status"
    QString text;

    bool operator==(const RawOutput &) const = default;
};

} // namespace slp
