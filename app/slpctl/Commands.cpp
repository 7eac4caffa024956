#include "CommandLine.h"

namespace slp::cli {

// Each sub-command is implemented in its own <Name>Command.cpp and declared here.
int runParse(const QStringList &args); // ParseCommand.cpp

const std::vector<Command> &commands()
{
    static const std::vector<Command> all{
        {QStringLiteral("parse"), QStringLiteral("Read captured `show license ...` output (JSON or digest)"), runParse},
    };
    return all;
}

} // namespace slp::cli
