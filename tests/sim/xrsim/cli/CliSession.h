#pragma once

#include "CliReply.h"
#include "CommandGrammar.h"

#include <QStringList>
#include <functional>

namespace slp::xrsim {

class Router;

// The IOS XR command line of one SSH channel: exec and configuration modes, terminal settings, pending
// yes/no questions, and the dispatch of every supported command to its handler.
class CliSession
{
public:
    explicit CliSession(Router &router);

    QString prompt() const;
    CliReply execute(const QString &line);
    bool isAwaitingAnswer() const { return static_cast<bool>(m_pendingAnswer); }
    // Terminal length for --More-- paging (0 = no paging).
    int terminalLength() const { return m_terminalLength; }
    void setTerminalLength(int lines) { m_terminalLength = lines; }

private:
    enum class Mode { Exec, Config };
    CliReply invalidInput(const QString &line, int column) const;
    CliReply runExec(int command, const QStringList &args, const QString &line);
    CliReply runConfig(int command, const QStringList &args, const QString &line);
    CliReply show(const std::function<QString()> &render) const;

    Router &m_router;
    Mode m_mode = Mode::Exec;
    int m_terminalLength = 24;
    int m_terminalWidth = 80;
    QStringList m_candidateConfig; // config lines entered since the last commit
    std::function<CliReply(const QString &)> m_pendingAnswer;
};

} // namespace slp::xrsim
