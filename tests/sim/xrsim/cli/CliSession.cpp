#include "CliSession.h"

#include "TextOutput.h"
#include "router/Router.h"
#include "views/Views.h"

namespace slp::xrsim {

namespace {

enum Command {
    ShowLicenseStatus,
    TerminalLength,
    TerminalWidth,
    Exit,
    Configure,
    ConfigEnd,
    ConfigExit,
    ConfigCommit,
    ConfigAbort,
};

const CommandGrammar &execGrammar()
{
    static const CommandGrammar grammar = [] {
        CommandGrammar g;
        g.add(ShowLicenseStatus, QStringLiteral("show license status"));
        g.add(TerminalLength, QStringLiteral("terminal length <n:number>"));
        g.add(TerminalWidth, QStringLiteral("terminal width <n:number>"));
        g.add(Exit, QStringLiteral("exit"));
        g.add(Exit, QStringLiteral("logout"));
        g.add(Configure, QStringLiteral("configure"));
        g.add(Configure, QStringLiteral("configure terminal"));
        return g;
    }();
    return grammar;
}

const CommandGrammar &configGrammar()
{
    static const CommandGrammar grammar = [] {
        CommandGrammar g;
        g.add(ConfigEnd, QStringLiteral("end"));
        g.add(ConfigExit, QStringLiteral("exit"));
        g.add(ConfigCommit, QStringLiteral("commit"));
        g.add(ConfigAbort, QStringLiteral("abort"));
        return g;
    }();
    return grammar;
}

} // namespace

CliSession::CliSession(Router &router)
    : m_router(router)
{ }

QString CliSession::prompt() const
{
    const RouterSpec &spec = m_router.spec();
    const QString base = QStringLiteral("RP/0/%1/CPU0:%2").arg(spec.routeProcessor(), spec.hostname);
    return base + (m_mode == Mode::Config ? QStringLiteral("(config)#") : QStringLiteral("#"));
}

CliReply CliSession::invalidInput(const QString &line, int column) const
{
    Q_UNUSED(line)
    CliReply reply;
    reply.output = QString(column, QLatin1Char(' ')) + QStringLiteral("^\n% Invalid input detected at '^' marker.\n");
    reply.exitStatus = 1;
    return reply;
}

CliReply CliSession::show(const std::function<QString()> &render) const
{
    CliReply reply;
    reply.output = timestampLine(m_router.nowMs()) + QLatin1Char('\n') + render();
    return reply;
}

CliReply CliSession::execute(const QString &line)
{
    if (m_pendingAnswer) {
        const auto answer = std::move(m_pendingAnswer);
        m_pendingAnswer = nullptr;
        return answer(line.trimmed());
    }
    const CommandGrammar &grammar = m_mode == Mode::Exec ? execGrammar() : configGrammar();
    const CommandGrammar::Match match = grammar.match(line);
    switch (match.kind) {
    case CommandGrammar::Match::Empty:
        return {};
    case CommandGrammar::Match::Invalid:
        return invalidInput(line, match.errorColumn);
    case CommandGrammar::Match::Incomplete:
        return {QStringLiteral("% Incomplete command.\n"), 1, false, {}};
    case CommandGrammar::Match::Ambiguous:
        return {QStringLiteral("% Ambiguous command:  \"%1\"\n").arg(line.trimmed()), 1, false, {}};
    case CommandGrammar::Match::Matched:
        break;
    }
    return m_mode == Mode::Exec ? runExec(match.command, match.arguments, line)
                                : runConfig(match.command, match.arguments, line);
}

CliReply CliSession::runExec(int command, const QStringList &args, const QString &line)
{
    Q_UNUSED(line)
    switch (command) {
    case ShowLicenseStatus:
        return show([this] {
            Router::Access access(m_router);
            return views::status({access.spec(), access.state(), access.now()});
        });
    case TerminalLength:
        m_terminalLength = std::min(args.value(0).toInt(), 512);
        return {};
    case TerminalWidth:
        m_terminalWidth = std::min(args.value(0).toInt(), 512);
        return {};
    case Exit:
        return {{}, 0, true, {}};
    case Configure:
        m_mode = Mode::Config;
        m_candidateConfig.clear();
        return {};
    default:
        return {};
    }
}

CliReply CliSession::runConfig(int command, const QStringList &args, const QString &line)
{
    Q_UNUSED(args)
    Q_UNUSED(line)
    switch (command) {
    case ConfigCommit:
        m_candidateConfig.clear();
        return {};
    case ConfigAbort:
        m_candidateConfig.clear();
        m_mode = Mode::Exec;
        return {};
    case ConfigEnd:
    case ConfigExit:
        m_mode = Mode::Exec;
        return {};
    default:
        return {};
    }
}

} // namespace slp::xrsim
