#pragma once

#include "ssh/SshError.h"

#include <QString>

#include <optional>

namespace slp {

// What one command produced: the cleaned output (no echo, prompt or timestamp line; LF line ends),
// what the router wrote to stderr, and the exit status when the router reported one (exec channels
// do; the interactive shell fallback has none). On error the output is empty: partial output of a
// broken or timed-out command is never handed on as if it were complete.
struct SshCommandResult
{
    SshError error;
    QString output;
    QString errorOutput;
    std::optional<int> exitStatus;
    bool viaShell = false;

    bool ok() const { return error.ok(); }
};

} // namespace slp
