#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>

namespace slp::cli {

class CliContext;

// One action of a sub-command with actions (`slpctl devices add ...`).
struct Action
{
    const char *name; // "add"
    int (*run)(CliContext &context, const QStringList &args);
};

// Runs `slpctl <commandName> <action> args...`: takes the global options, picks the action by name
// and runs it with the remaining arguments. `--help` prints `usage` and the global options; a
// missing or unknown action is a usage error listing the actions there are.
int dispatchAction(const QString &commandName, const QStringList &arguments, const QString &usage,
                   std::initializer_list<Action> actions);

} // namespace slp::cli
