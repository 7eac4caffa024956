#pragma once

#include <QStringList>
#include <QTextStream>

#include <vector>

namespace slp::cli {

// Exit statuses every sub-command shares, so scripts can rely on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1, // the work was attempted and (partly) failed, or input was not recognised
    ExitUsage = 2,  // the command line itself was wrong
};

// Streams for sub-commands: stdout for results, stderr for messages.
QTextStream &out();
QTextStream &err();

// One sub-command: `slpctl <name> args...`; `args` excludes the program and the sub-command names.
struct Command
{
    QString name;
    QString summary;
    int (*run)(const QStringList &args);
};

} // namespace slp::cli

namespace slp::cli {
// Every sub-command, in the order `slpctl --help` lists them (Commands.cpp).
const std::vector<Command> &commands();
} // namespace slp::cli
