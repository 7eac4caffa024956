#pragma once

#include "CliReply.h"
#include "CommandGrammar.h"

#include <QStringList>
#include <functional>

namespace slp::xrsim {

class Router;

// The IOS XR command line of one SSH channel: exec and configuration modes, terminal settings, pending
// questions (yes/no), and the dispatch of every supported command to its handler.
class CliSession
{
public:
    explicit CliSession(Router &router);

    QString prompt() const;
    CliReply execute(const QString &line);
    // Terminal length for --More-- paging (0 = no paging).
    int terminalLength() const { return m_terminalLength; }
    void setTerminalLength(int lines) { m_terminalLength = lines; }
    // In a shell the command follows the prompt, so the '^' marker is shifted by the prompt's width.
    void setInteractive(bool interactive) { m_interactive = interactive; }

private:
    enum class Mode { Exec, Config };
    CliReply invalidInput(int column) const;
    CliReply runExec(int command, const QStringList &args);
    CliReply runConfig(int command, const QStringList &args, const QString &line);
    CliReply show(const std::function<QString()> &render) const;
    CliReply commit();
    CliReply leaveConfig();
    bool faultSaysInvalid(const QString &line) const;

    Router &m_router;
    Mode m_mode = Mode::Exec;
    int m_terminalLength = 24;
    int m_terminalWidth = 80;
    bool m_interactive = false;
    struct ConfigLine
    {
        int command;
        QStringList args;
        QString text;
    };
    QList<ConfigLine> m_candidate; // configuration entered since the last commit
    std::function<CliReply(const QString &)> m_pendingAnswer;
};

} // namespace slp::xrsim
