#pragma once

#include "ssh/SshError.h"

#include <QString>

#include <optional>

namespace slp {

// The outcome of one step. `ran` is false for steps skipped after an earlier failure (stopOnError)
// or because the connection failed.
struct SshStepResult
{
    bool ran = false;
    SshError error;
    QString output; // commands: cleaned output
    QString errorOutput; // commands: stderr
    std::optional<int> exitStatus; // commands over exec
    bool viaShell = false;
    qint64 bytes = 0; // transfers

    bool ok() const { return ran && error.ok(); }
};

} // namespace slp
