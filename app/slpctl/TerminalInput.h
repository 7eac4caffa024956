#pragma once

#include <QString>

#include <optional>

namespace slp::cli {

// Reading secrets for slpctl: never from the command line, never echoed.
class TerminalInput
{
public:
    static bool stdinIsTerminal();
    static bool stderrIsTerminal();
    // Prints `prompt` on the terminal (stderr) and reads a line with echo off; nullopt when stdin is
    // not a terminal or was closed.
    static std::optional<QString> readHidden(const QString &prompt);
    // One line from standard input without its line end (for --password-stdin); nullopt at EOF.
    static std::optional<QString> readLine();
};

} // namespace slp::cli
