// show version, and the 7.x Smart Licensing `show license status`.
#include "StatusSections.h"
#include "Views.h"

#include "router/Compliance.h"

namespace slp::xrsim::views {

namespace {

QString platformFamily(const QString &pid)
{
    if (pid.startsWith(QLatin1String("ASR-9")))
        return QStringLiteral("ASR9K");
    if (pid.startsWith(QLatin1String("NCS-55")))
        return QStringLiteral("NCS-5500");
    if (pid.startsWith(QLatin1String("NCS-540")) || pid.startsWith(QLatin1String("N540")))
        return QStringLiteral("NCS540");
    if (pid.startsWith(QLatin1Char('8')))
        return QStringLiteral("8000");
    return pid;
}

QString uptime(qint64 seconds)
{
    const qint64 weeks = seconds / (7 * 86400);
    const qint64 days = seconds / 86400 % 7;
    const qint64 hours = seconds / 3600 % 24;
    const qint64 minutes = seconds / 60 % 60;
    return QStringLiteral("%1 weeks, %2 days, %3 hours, %4 minutes").arg(weeks).arg(days).arg(hours).arg(minutes);
}

} // namespace

QString version(const ViewContext &context, qint64 uptimeSeconds)
{
    const RouterSpec &spec = context.spec;
    TextOutput out;
    out.line(QStringLiteral("Cisco IOS XR Software, Version ") + spec.version);
    out.line(QStringLiteral("Copyright (c) 2013-2025 by Cisco Systems, Inc."));
    out.line();
    out.line(QStringLiteral("Build Information:"));
    out.line(QStringLiteral(" Built By     : xrsim"));
    out.line(QStringLiteral(" Built On     : Thu Jun 06 19:53:16 UTC 2024"));
    out.line(QStringLiteral(" Build Host   : iox-lnx-064"));
    out.line(QStringLiteral(" Workspace    : /auto/srcarchive/prod/%1/ws").arg(spec.version));
    out.line(QStringLiteral(" Version      : ") + spec.version);
    out.line(QStringLiteral(" Label        : ") + spec.version);
    out.line();
    out.line(QStringLiteral("cisco %1 processor with 32GB of memory").arg(platformFamily(spec.pid)));
    out.line(QStringLiteral("%1 uptime is %2").arg(spec.hostname, uptime(uptimeSeconds)));
    out.line(QStringLiteral("%1 Chassis").arg(spec.pid));
    return out.text();
}

QString classicStatus(const ViewContext &context)
{
    const RouterState &state = context.state;
    const bool registered = state.trust.activeInstalledAt != 0;
    const qint64 deadline = Compliance::nextAckDeadline(context.spec, state);
    TextOutput out;
    out.line();
    out.line(QStringLiteral("Smart Licensing is ENABLED"));
    out.line();
    out.line(QStringLiteral("Utility:")).line(QStringLiteral("  Status: DISABLED")).line();
    out.line(QStringLiteral("Data Privacy:"));
    out.line(QStringLiteral("  Sending Hostname: yes"));
    out.line(QStringLiteral("    Callhome hostname privacy: DISABLED"));
    out.line(QStringLiteral("    Smart Licensing hostname privacy: DISABLED"));
    out.line(QStringLiteral("  Version privacy: DISABLED")).line();
    out.line(QStringLiteral("Transport:"));
    if (state.transport.type == QLatin1String("smart"))
        out.line(QStringLiteral("  Type: Smart")).line(QStringLiteral("  URL: ") + orEmpty(state.transport.smartUrl));
    else
        out.line(
            QStringLiteral("  Type: ")
            + (state.transport.type == QLatin1String("callhome") ? QStringLiteral("Callhome") : state.transport.type));
    out.line();
    out.line(QStringLiteral("Registration:"));
    if (registered) {
        out.line(QStringLiteral("  Status: REGISTERED"));
        out.line(QStringLiteral("  Smart Account: ")
                 + (context.spec.smartAccount.isEmpty() ? QStringLiteral("<none>") : context.spec.smartAccount));
        out.line(QStringLiteral("  Virtual Account: ")
                 + (context.spec.virtualAccount.isEmpty() ? QStringLiteral("<none>") : context.spec.virtualAccount));
        out.line(QStringLiteral("  Export-Controlled Functionality: ALLOWED"));
        out.line(QStringLiteral("  Initial Registration: SUCCEEDED on ") + formatDate(state.trust.activeInstalledAt));
        out.line(QStringLiteral("  Last Renewal Attempt: None"));
        out.line(QStringLiteral("  Next Renewal Attempt: ")
                 + formatDate(state.trust.activeInstalledAt + 180 * 86400LL));
        out.line(QStringLiteral("  Registration Expires: ")
                 + formatDate(state.trust.activeInstalledAt + 365 * 86400LL));
    } else {
        out.line(QStringLiteral("  Status: UNREGISTERED"));
    }
    out.line();
    out.line(QStringLiteral("License Authorization:"));
    if (state.reporting.lastAck != 0) {
        out.line(QStringLiteral("  Status: AUTHORIZED on ") + formatDate(state.reporting.lastAck));
        out.line(QStringLiteral("  Last Communication Attempt: SUCCEEDED on ") + formatDate(state.reporting.lastAck));
        out.line(QStringLiteral("  Next Communication Attempt: ") + formatDate(state.reporting.lastAck + 30 * 86400LL));
        out.line(QStringLiteral("  Communication Deadline: ") + formatDate(deadline));
    } else {
        out.line(QStringLiteral("  Status: EVAL MODE"));
        out.line(QStringLiteral("  Evaluation Period Remaining: 90 days, 0 hours, 0 minutes, 0 seconds"));
    }
    out.line();
    out.line(QStringLiteral("Export Authorization Key:"))
        .line(QStringLiteral("  Features Authorized:"))
        .line(QStringLiteral("    <none>"))
        .line();
    out.line(QStringLiteral("Miscellaneous:")).line(QStringLiteral("  Custom Id: <empty>"));
    return out.text();
}

} // namespace slp::xrsim::views
