#include "CommandLine.h"

namespace slp::cli {

// Each sub-command is implemented in its own <Name>Command.cpp and declared here.

const std::vector<Command> &commands()
{
    static const std::vector<Command> all{
    };
    return all;
}

} // namespace slp::cli
