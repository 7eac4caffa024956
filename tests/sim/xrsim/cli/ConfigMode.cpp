// Configuration mode of CliSession: candidate configuration, commit, end/exit/abort.
#include "CliSession.h"

#include "Commands.h"
#include "TextOutput.h"
#include "router/Router.h"

#include <QUrl>

#include <algorithm>

namespace slp::xrsim {

namespace {

bool validUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
}

} // namespace

CliReply CliSession::runConfig(int command, const QStringList &args, const QString &line)
{
    switch (command) {
    case ConfigCommit:
        return commit();
    case ConfigAbort:
        m_candidate.clear();
        m_mode = Mode::Exec;
        return {};
    case ConfigEnd:
    case ConfigExit:
        return leaveConfig();
    case ConfigShowCandidate: {
        TextOutput out;
        out.line(QStringLiteral("Building configuration..."));
        for (const ConfigLine &entry : std::as_const(m_candidate))
            out.line(entry.text);
        out.line(QStringLiteral("end"));
        return show([&out]() -> QString { return out.text(); });
    }
    case ConfigUrlCslu:
    case ConfigUrlSmart:
        if (!validUrl(args.value(0))) {
            const int column = static_cast<int>(line.indexOf(args.value(0)));
            return invalidInput(std::max(column, 0));
        }
        break;
    case ConfigUsageInterval:
        if (args.value(0).toInt() < 1 || args.value(0).toInt() > 3650)
            return invalidInput(static_cast<int>(line.lastIndexOf(args.value(0))));
        break;
    case ConfigProxy:
        if (args.value(1).toInt() < 1 || args.value(1).toInt() > 65535)
            return invalidInput(static_cast<int>(line.lastIndexOf(args.value(1))));
        break;
    default:
        break;
    }
    QStringList values = args;
    if (command == ConfigTransport) {
        // Keywords may be abbreviated ("license smart transport sm"): keep the full one.
        const QString typed = line.simplified().section(QLatin1Char(' '), -1);
        for (const QString &full :
             {QStringLiteral("cslu"), QStringLiteral("smart"), QStringLiteral("off"), QStringLiteral("callhome")}) {
            if (full.startsWith(typed, Qt::CaseInsensitive))
                values = {full};
        }
    }
    m_candidate.append({command, values, line.simplified()});
    return {};
}

CliReply CliSession::commit()
{
    if (m_candidate.isEmpty())
        return {QStringLiteral("% No configuration changes to commit.\n"), 0, false, {}};
    const QStringList ignored = m_router.faults().commitIgnores; // before Access takes the router's lock
    Router::Access access(m_router);
    RouterState &state = access.state();
    for (const ConfigLine &entry : std::as_const(m_candidate)) {
        // Fault commitIgnores: the line "commits" without effect.
        if (std::any_of(ignored.cbegin(), ignored.cend(),
                        [&entry](const QString &prefix) { return entry.text.startsWith(prefix, Qt::CaseInsensitive); }))
            continue;
        switch (entry.command) {
        case ConfigTransport:
            state.transport.type = entry.args.value(0);
            break;
        case ConfigUrlCslu:
            state.transport.csluUrl = entry.args.value(0);
            break;
        case ConfigUrlSmart:
            state.transport.smartUrl = entry.args.value(0);
            break;
        case ConfigProxy:
            state.transport.proxyHost = entry.args.value(0);
            state.transport.proxyPort = entry.args.value(1).toInt();
            break;
        case ConfigNoProxy:
            state.transport.proxyHost.clear();
            state.transport.proxyPort = 0;
            break;
        case ConfigVrf:
            state.transport.vrf = entry.args.value(0);
            break;
        case ConfigNoVrf:
            state.transport.vrf.clear();
            break;
        case ConfigReservation:
            state.reservation.enabled = true;
            break;
        case ConfigNoReservation:
            state.reservation.enabled = false;
            break;
        case ConfigUsageInterval:
            state.reporting.pushIntervalDays = entry.args.value(0).toInt();
            break;
        default:
            break;
        }
    }
    access.markChanged();
    m_candidate.clear();
    return {};
}

CliReply CliSession::leaveConfig()
{
    if (m_candidate.isEmpty()) {
        m_mode = Mode::Exec;
        return {};
    }
    CliReply reply;
    reply.question = QStringLiteral("Uncommitted changes found, commit them before exiting(yes/no/cancel)? [cancel]:");
    m_pendingAnswer = [this](const QString &answer) -> CliReply {
        if (answer.startsWith(QLatin1Char('y'), Qt::CaseInsensitive)) {
            CliReply committed = commit();
            m_mode = Mode::Exec;
            return committed;
        }
        if (answer.startsWith(QLatin1Char('n'), Qt::CaseInsensitive)) {
            m_candidate.clear();
            m_mode = Mode::Exec;
        }
        return {};
    };
    return reply;
}

} // namespace slp::xrsim
