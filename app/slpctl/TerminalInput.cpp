#include "TerminalInput.h"

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace slp::cli {

namespace {

// Restores the terminal's echo however the read ends.
class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_changed = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_changed)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved {};
    bool m_changed = false;
};

std::optional<QString> readStdinLine()
{
    std::string line;
    int c = 0;
    bool any = false;
    while ((c = std::getchar()) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (!any)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
    // Overwrite the copy this function made before it goes away.
    std::fill(line.begin(), line.end(), '\0');
    return text;
}

} // namespace

bool TerminalInput::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

bool TerminalInput::stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

std::optional<QString> TerminalInput::readHidden(const QString &prompt)
{
    if (!stdinIsTerminal())
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::optional<QString> line;
    {
        const EchoOff echoOff;
        line = readStdinLine();
    }
    std::fputs("\n", stderr);
    return line;
}

std::optional<QString> TerminalInput::readLine()
{
    return readStdinLine();
}

} // namespace slp::cli
