// show running-config (the licensing part of it, which is all a simulated router has).
#include "Views.h"

#include "cli/TextOutput.h"

namespace slp::xrsim::views {

QString runningConfig(const ViewContext &context)
{
    const RouterState &state = context.state;
    TextOutput out;
    out.line(QStringLiteral("Building configuration..."));
    out.line(QStringLiteral("!! IOS XR Configuration ") + context.spec.version);
    out.line(QStringLiteral("!"));
    out.line(QStringLiteral("hostname ") + context.spec.hostname);
    if (!state.transport.vrf.isEmpty())
        out.line(QStringLiteral("http client vrf ") + state.transport.vrf);
    out.line(QStringLiteral("license smart transport ") + state.transport.type);
    if (!state.transport.csluUrl.isEmpty())
        out.line(QStringLiteral("license smart url cslu ") + state.transport.csluUrl);
    if (!state.transport.smartUrl.isEmpty())
        out.line(QStringLiteral("license smart url smart ") + state.transport.smartUrl);
    if (!state.transport.proxyHost.isEmpty())
        out.line(QStringLiteral("license smart proxy hostname %1 port %2")
                     .arg(state.transport.proxyHost)
                     .arg(state.transport.proxyPort));
    if (state.reservation.enabled)
        out.line(QStringLiteral("license smart reservation"));
    if (state.reporting.pushIntervalDays != 30)
        out.line(QStringLiteral("license smart usage interval %1").arg(state.reporting.pushIntervalDays));
    out.line(QStringLiteral("!"));
    out.line(QStringLiteral("end"));
    return out.text();
}

} // namespace slp::xrsim::views
