// show license all: the IOS XR 24.x/25.x layout shown in the guide's "Upgrade devices with SSM On-Prem".
#include "StatusSections.h"
#include "UsageBlocks.h"
#include "Views.h"

namespace slp::xrsim::views {

namespace {

void authorizations(TextOutput &out, const ViewContext &context)
{
    const bool installed = context.state.reservation.status == QLatin1String("SPECIFIC INSTALLED");
    const QString status = installed
        ? QStringLiteral("      Status: SPECIFIC INSTALLED on ") + formatDate(context.state.reservation.since)
        : QStringLiteral("      Status: NOT INSTALLED");
    out.line(QStringLiteral("License Authorizations")).line(QStringLiteral("======================"));
    out.line(QStringLiteral("Overall status:"));
    out.line(QStringLiteral("  Active: ") + context.spec.udi()).line(status);
    if (context.spec.isHighAvailability())
        out.line(QStringLiteral("  Standby: ") + context.spec.standbyUdi()).line(status);
    out.line(QStringLiteral("         "));
    out.line(QStringLiteral("Purchased Licenses:"));
    if (!installed || context.state.reservation.reserved.isEmpty()) {
        out.line(QStringLiteral("  No Purchase Information Available"));
    } else {
        for (const auto &[tag, count] : context.state.reservation.reserved)
            out.line(QStringLiteral("  %1: %2").arg(tag).arg(count));
    }
    out.spacer().spacer();
    out.line(QStringLiteral("Enforcement Status:"))
        .line(QStringLiteral("  No Enforcement Status Information Available"))
        .spacer();
}

} // namespace

QString all(const ViewContext &context)
{
    if (!context.spec.usesPolicy()) {
        TextOutput out;
        out.append(classicStatus(context));
        out.line().line(QStringLiteral("License Usage:")).line(QStringLiteral("=============="));
        for (const LicenseSpec &license : context.spec.licenses) {
            out.line();
            blocks::licenseUsage(out, context, license, true);
        }
        out.line();
        blocks::productInformation(out, context);
        return out.text();
    }
    TextOutput out;
    out.spacer();
    out.line(QStringLiteral("Smart Licensing Status")).line(QStringLiteral("======================")).spacer();
    out.line(QStringLiteral("Smart Licensing is ENABLED"));
    out.line(QStringLiteral("License Conversion:"))
        .line(QStringLiteral("  Automatic Conversion Enabled: True"))
        .spacer();
    out.line(QStringLiteral("Export Authorization Key:"))
        .line(QStringLiteral("  Features Authorized:"))
        .line(QStringLiteral("    <none>"))
        .spacer();
    sections::statusBody(out, context);
    out.spacer();
    out.line(QStringLiteral("License Usage")).line(QStringLiteral("=============")).spacer();
    for (const LicenseSpec &license : context.spec.licenses) {
        blocks::licenseUsage(out, context, license, true);
        out.spacer();
    }
    blocks::productInformation(out, context);
    out.spacer();
    out.line(QStringLiteral("Agent Version"))
        .line(QStringLiteral("============="))
        .line(QStringLiteral("Smart Agent for Licensing: 5.9.25_rel/115"))
        .spacer();
    authorizations(out, context);
    blocks::usageReportSummary(out, context);
    out.spacer();
    sections::telemetry(out);
    return out.text();
}

} // namespace slp::xrsim::views
