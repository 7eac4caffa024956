#pragma once

#include <QString>

namespace slp::xrsim {

// What one command line produces.
struct CliReply
{
    QString output; // '\n' line ends
    int exitStatus = 0; // exec channels report it; non-zero for errors
    bool endSession = false;
    // Non-empty when the command asks a question ("Do you want to continue? [yes/no]:"); the next line the
    // user types is the answer and goes to CliSession::answer().
    QString question;
};

} // namespace slp::xrsim
