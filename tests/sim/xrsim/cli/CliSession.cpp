#include "CliSession.h"

#include "Commands.h"
#include "TextOutput.h"
#include "actions/LicenseActions.h"
#include "router/Router.h"
#include "views/Views.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace slp::xrsim {

namespace {

bool callHomeSupported(const RouterSpec &spec)
{
    const QStringList parts = spec.version.split(QLatin1Char('.'));
    const int major = parts.value(0).toInt();
    const int minor = parts.value(1).toInt();
    return major < 25 || (major == 25 && minor < 3);
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

CliReply CliSession::invalidInput(int column) const
{
    CliReply reply;
    const int offset = m_interactive ? static_cast<int>(prompt().size()) : 0;
    reply.output
        = QString(offset + column, QLatin1Char(' ')) + QStringLiteral("^\n% Invalid input detected at '^' marker.\n");
    reply.exitStatus = 1;
    return reply;
}

CliReply CliSession::show(const std::function<QString()> &render) const
{
    CliReply reply;
    reply.output = timestampLine(m_router.nowMs()) + QLatin1Char('\n') + render();
    return reply;
}

bool CliSession::faultSaysInvalid(const QString &line) const
{
    const QString simplified = line.simplified();
    for (const QString &prefix : m_router.faults().invalidCommands) {
        if (!prefix.isEmpty() && simplified.startsWith(prefix.simplified(), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

CliReply CliSession::execute(const QString &line)
{
    if (m_pendingAnswer) {
        const auto answer = std::move(m_pendingAnswer);
        m_pendingAnswer = nullptr;
        return answer(line.trimmed());
    }
    if (faultSaysInvalid(line)) {
        // The fault mimics a release that lacks the command: the marker sits under its first word.
        int column = 0;
        while (column < line.size() && line.at(column).isSpace())
            ++column;
        return invalidInput(column);
    }
    const CommandGrammar &grammar
        = m_mode == Mode::Exec ? execGrammar() : configGrammar(callHomeSupported(m_router.spec()));
    const CommandGrammar::Match match = grammar.match(line);
    switch (match.kind) {
    case CommandGrammar::Match::Empty:
        return {};
    case CommandGrammar::Match::Invalid:
        return invalidInput(match.errorColumn);
    case CommandGrammar::Match::Incomplete:
        return {QStringLiteral("% Incomplete command.\n"), 1, false, {}};
    case CommandGrammar::Match::Ambiguous:
        return {QStringLiteral("% Ambiguous command:  \"%1\"\n").arg(line.trimmed()), 1, false, {}};
    case CommandGrammar::Match::Matched:
        break;
    }
    return m_mode == Mode::Exec ? runExec(match.command, match.arguments)
                                : runConfig(match.command, match.arguments, line);
}

CliReply CliSession::runExec(int command, const QStringList &args)
{
    auto view = [this](QString (*render)(const ViewContext &)) {
        return show([this, render]() -> QString {
            Router::Access access(m_router);
            return render({access.spec(), access.state(), access.now()});
        });
    };
    LicenseActions actions(m_router);
    switch (command) {
    case ShowLicenseStatus:
        return m_router.spec().usesPolicy() ? view(&views::status) : view(&views::classicStatus);
    case ShowLicenseSummary:
        return view(&views::summary);
    case ShowLicenseUsage:
        return view(&views::usage);
    case ShowLicenseAll:
        return view(&views::all);
    case ShowLicenseUdi:
        return view(&views::udi);
    case ShowLicenseReservation:
        return view(&views::reservation);
    case ShowLicensePlatformSummary:
        return view(&views::platformSummary);
    case ShowLicensePlatformDetail:
        return view(&views::platformDetail);
    case ShowLicenseRumAll:
        return view(&views::rumAll);
    case ShowLicenseRumDetail: {
        CliReply reply = show([this, &args]() -> QString {
            Router::Access access(m_router);
            return views::rumDetail({access.spec(), access.state(), access.now()}, args.value(0).toLongLong());
        });
        if (reply.output.count(QLatin1Char('\n')) <= 1) {
            reply.output += QStringLiteral("%% Error: Report Id %1 not found\n").arg(args.value(0));
            reply.exitStatus = 1;
        }
        return reply;
    }
    case ShowVersion:
        return show([this]() -> QString {
            Router::Access access(m_router);
            return views::version({access.spec(), access.state(), access.now()}, access.now() - m_router.bootTime());
        });
    case ShowClock:
        return show([this]() -> QString {
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(m_router.nowMs(), QTimeZone::utc());
            return QLocale::c().toString(time, QStringLiteral("hh:mm:ss.zzz")) + QStringLiteral(" UTC ")
                + QLocale::c().toString(time, QStringLiteral("ddd MMM dd yyyy")) + QLatin1Char('\n');
        });
    case ShowRunningConfig:
        return view(&views::runningConfig);
    case SaveUsageAll:
    case SaveUsageUnreported:
        return actions.saveUsage(command == SaveUsageAll, args.value(0));
    case LicenseImport:
        return actions.import(args.value(0));
    case LicenseSyncAll:
        return actions.sync();
    case TrustIdTokenLocal:
    case TrustIdTokenAll:
    case TrustIdTokenLocalForce:
    case TrustIdTokenAllForce:
        return actions.trustIdToken(args.value(0), command == TrustIdTokenAll || command == TrustIdTokenAllForce,
                                    command == TrustIdTokenLocalForce || command == TrustIdTokenAllForce);
    case SaveTrustRequest:
        return actions.saveTrustRequest(args.value(0));
    case ReservationRequestLocal:
        return actions.reservationRequest();
    case ReservationInstallFile:
        return actions.reservationInstall(args.value(0));
    case ReservationReturnLocal: {
        CliReply reply = actions.reservationReturn();
        if (!reply.question.isEmpty()) {
            m_pendingAnswer
                = [this](const QString &answer) { return LicenseActions(m_router).reservationReturnConfirmed(answer); };
        }
        return reply;
    }
    case ReservationCancelLocal:
        return actions.reservationCancel();
    case Dir:
        return actions.dir(args.value(0));
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
        m_candidate.clear();
        return {};
    default:
        return invalidInput(0);
    }
}

} // namespace slp::xrsim
