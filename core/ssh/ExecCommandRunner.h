#pragma once

#include "ssh/SshCommandResult.h"

namespace slp {

struct SshSessionContext;

// Runs one command over its own exec channel and keeps the exit status. Reports `refused` when the
// router denies exec requests, so the session can fall back to an interactive shell.
class ExecCommandRunner
{
public:
    static SshCommandResult run(SshSessionContext &context, const QString &commandLine, bool *refused);
};

} // namespace slp
