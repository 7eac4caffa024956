#pragma once

#include "ssh/SshCommandResult.h"

#include <QStringList>

namespace slp {

struct SshSessionContext;

// Runs one command over its own exec channel and keeps the exit status. Reports `refused` when the
// router denies exec requests, so the session can fall back to an interactive shell.
class ExecCommandRunner
{
public:
    // `answers` go to the command's stdin, one line each: routers read confirmation answers there.
    static SshCommandResult run(SshSessionContext &context, const QString &commandLine, const QStringList &answers,
                                bool *refused);
};

} // namespace slp
