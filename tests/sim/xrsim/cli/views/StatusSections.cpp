#include "StatusSections.h"

#include "router/Compliance.h"

namespace slp::xrsim::sections {

void utility(TextOutput &out)
{
    out.line(QStringLiteral("Utility:")).line(QStringLiteral("  Status: DISABLED")).spacer();
}

void policyMode(TextOutput &out)
{
    out.line(QStringLiteral("Smart Licensing Using Policy:")).line(QStringLiteral("  Status: ENABLED")).spacer();
}

void reservationStatus(TextOutput &out, const ViewContext &context)
{
    const ReservationState &reservation = context.state.reservation;
    if (!reservation.enabled)
        return;
    QString status = QStringLiteral("ENABLED");
    if (reservation.status == QLatin1String("SPECIFIC INSTALLED"))
        status = QStringLiteral("REGISTERED - SPECIFIC LICENSE RESERVATION");
    else if (reservation.status == QLatin1String("RESERVATION IN PROGRESS"))
        status = QStringLiteral("RESERVATION IN PROGRESS");
    out.line(QStringLiteral("License Reservation:")).line(QStringLiteral("  Status: ") + status).spacer();
}

void accountInformation(TextOutput &out, const ViewContext &context)
{
    QString smartAccount = context.spec.smartAccount.isEmpty() ? QStringLiteral("<none>") : context.spec.smartAccount;
    if (!context.spec.smartAccount.isEmpty() && context.state.accountAsOf != 0)
        smartAccount += QStringLiteral(" As of ") + formatDate(context.state.accountAsOf);
    out.line(QStringLiteral("Account Information:"))
        .line(QStringLiteral("  Smart Account: ") + smartAccount)
        .line(QStringLiteral("  Virtual Account: ")
              + (context.spec.virtualAccount.isEmpty() ? QStringLiteral("<none>") : context.spec.virtualAccount))
        .spacer();
}

void dataPrivacy(TextOutput &out)
{
    out.line(QStringLiteral("Data Privacy:"))
        .line(QStringLiteral("  Sending Hostname: yes"))
        .line(QStringLiteral("    Callhome hostname privacy: DISABLED"))
        .line(QStringLiteral("    Smart Licensing hostname privacy: DISABLED"))
        .line(QStringLiteral("  Version privacy: DISABLED"))
        .spacer();
}

void transport(TextOutput &out, const ViewContext &context)
{
    const TransportSpec &transport = context.state.transport;
    out.line(QStringLiteral("Transport:"));
    if (transport.type == QLatin1String("smart")) {
        out.line(QStringLiteral("  Type: Smart"));
        out.line(QStringLiteral("  URL: ") + orEmpty(transport.smartUrl));
    } else if (transport.type == QLatin1String("callhome")) {
        out.line(QStringLiteral("  Type: Callhome"));
    } else {
        out.line(QStringLiteral("  Type: ") + transport.type);
        out.line(QStringLiteral("  Cslu address: ") + orEmpty(transport.csluUrl));
    }
    out.line(QStringLiteral("  Proxy:"));
    if (transport.proxyHost.isEmpty()) {
        out.line(QStringLiteral("    Not Configured"));
    } else {
        out.line(QStringLiteral("    Address: ") + transport.proxyHost);
        out.line(QStringLiteral("    Port: ") + QString::number(transport.proxyPort));
        out.line(QStringLiteral("    Username: <empty>"));
        out.line(QStringLiteral("    Password: <empty>"));
    }
    out.line(QStringLiteral("  VRF:"));
    out.line(QStringLiteral("    ") + (transport.vrf.isEmpty() ? QStringLiteral("Not Supported") : transport.vrf));
    out.spacer();
}

void miscellaneous(TextOutput &out)
{
    out.line(QStringLiteral("Miscellaneous:")).line(QStringLiteral("  Custom Id: <empty>")).spacer();
}

namespace {

void category(TextOutput &out, const QString &title, const PolicyCategory &values, const QString &source)
{
    out.line(QStringLiteral("  ") + title);
    out.line(QStringLiteral("    First report requirement (days): %1 %2").arg(values.firstReportDays).arg(source));
    out.line(QStringLiteral("    Reporting frequency (days): %1 %2").arg(values.frequencyDays).arg(source));
    out.line(QStringLiteral("    Report on change (days): %1 %2").arg(values.onChangeDays).arg(source));
}

} // namespace

void policy(TextOutput &out, const ViewContext &context)
{
    const PolicySpec &policy = context.state.policy;
    const QString source
        = policy.ciscoDefault ? QStringLiteral("(CISCO default)") : QStringLiteral("(Customer Policy)");
    out.line(QStringLiteral("Policy:"));
    if (policy.ciscoDefault) {
        out.line(QStringLiteral("  Policy in use: Merged from multiple sources."));
    } else {
        out.line(QStringLiteral("  Policy in use: Installed On ") + formatDate(policy.installedAt));
        out.line(QStringLiteral("  Policy name: ") + policy.name);
    }
    out.line(QStringLiteral("  Reporting ACK required: %1 %2")
                 .arg(policy.ackRequired ? QStringLiteral("yes") : QStringLiteral("no"), source));
    category(out, QStringLiteral("Unenforced/Non-Export Perpetual Attributes:"), policy.unenforcedPerpetual, source);
    category(out, QStringLiteral("Unenforced/Non-Export Subscription Attributes:"), policy.unenforcedSubscription,
             source);
    category(out, QStringLiteral("Enforced (Perpetual/Subscription) License Attributes:"), policy.enforced, source);
    category(out, QStringLiteral("Export (Perpetual/Subscription) License Attributes:"), policy.exportControlled,
             source);
    out.spacer();
}

void usageReporting(TextOutput &out, const ViewContext &context)
{
    const ReportingState &reporting = context.state.reporting;
    const bool reportingOff = context.state.transport.type == QLatin1String("off")
        || context.state.reservation.status == QLatin1String("SPECIFIC INSTALLED");
    const qint64 deadline = Compliance::nextAckDeadline(context.spec, context.state);
    const qint64 interval = reporting.pushIntervalDays * 86400LL;
    qint64 nextPush = 0;
    if (!reportingOff)
        nextPush
            = (reporting.lastReportPush != 0 ? reporting.lastReportPush : context.spec.reporting.firstUse) + interval;
    // The router re-checks for an ACK a little after each push.
    const qint64 nextAckCheck = reporting.lastReportPush != 0 && !reportingOff ? reporting.lastReportPush + 1032 : 0;
    out.line(QStringLiteral("Usage Reporting:"))
        .line(QStringLiteral("  Last ACK received: ") + formatDate(reporting.lastAck))
        .line(QStringLiteral("  Next ACK deadline: ") + formatDate(deadline))
        .line(reportingOff ? QStringLiteral("  Reporting push interval: 0 (no reporting)")
                           : QStringLiteral("  Reporting push interval: %1  days").arg(reporting.pushIntervalDays))
        .line(QStringLiteral("  Next ACK push check: ") + formatDate(nextAckCheck))
        .line(QStringLiteral("  Next report push: ") + formatDate(nextPush))
        .line(QStringLiteral("  Last report push: ") + formatDate(reporting.lastReportPush))
        .line(QStringLiteral("  Last report file write: ") + formatDate(reporting.lastFileWrite))
        .spacer();
}

void trustCode(TextOutput &out, const ViewContext &context)
{
    const TrustState &trust = context.state.trust;
    if (!context.spec.isHighAvailability()) {
        out.line(QStringLiteral("Trust Code Installed: ") + formatDate(trust.activeInstalledAt));
    } else {
        auto installed = [](qint64 at) -> QString {
            return at == 0 ? QStringLiteral("    NOT INSTALLED") : QStringLiteral("    INSTALLED on ") + formatDate(at);
        };
        out.line(QStringLiteral("Trust Code Installed:"))
            .line(QStringLiteral("  Active: ") + context.spec.udi())
            .line(installed(trust.activeInstalledAt))
            .line(QStringLiteral("  Standby: ") + context.spec.standbyUdi())
            .line(installed(trust.standbyInstalledAt));
    }
    out.line(QStringLiteral("Secondary Signing Cert: 0"));
}

void telemetry(TextOutput &out)
{
    out.line(QStringLiteral("Device Telemetry Report Summary:"))
        .line(QStringLiteral("================================"))
        .line(QStringLiteral("Data Channel: NOT AVAILABLE"))
        .line(QStringLiteral("Reports on disk: 0"));
}

void statusBody(TextOutput &out, const ViewContext &context)
{
    utility(out);
    policyMode(out);
    reservationStatus(out, context);
    accountInformation(out, context);
    dataPrivacy(out);
    transport(out, context);
    miscellaneous(out);
    policy(out, context);
    usageReporting(out, context);
    trustCode(out, context);
    telemetry(out);
    out.line(QStringLiteral("..!"));
}

void udiList(TextOutput &out, const ViewContext &context, const QString &separator)
{
    out.line(QStringLiteral("UDI: ") + context.spec.udi());
    if (!context.spec.isHighAvailability())
        return;
    out.line(separator);
    out.line(QStringLiteral("HA UDI List:"));
    out.line(QStringLiteral("    0/%1/CPU0: Active:%2").arg(context.spec.routeProcessor(), context.spec.udi()));
    out.line(QStringLiteral("    0/%1/CPU0: Standby:%2")
                 .arg(context.spec.standbyRouteProcessor(), context.spec.standbyUdi()));
}

} // namespace slp::xrsim::sections
