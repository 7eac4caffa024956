// show license summary | usage | udi
#include "UsageBlocks.h"
#include "Views.h"

#include "router/Compliance.h"

namespace slp::xrsim::views {

QString summary(const ViewContext &context)
{
    TextOutput out;
    out.spacer();
    QString smartAccount = context.spec.smartAccount.isEmpty() ? QStringLiteral("<none>") : context.spec.smartAccount;
    if (!context.spec.smartAccount.isEmpty() && context.state.accountAsOf != 0)
        smartAccount += QStringLiteral(" As of ") + formatDate(context.state.accountAsOf);
    out.line(QStringLiteral("Account Information:"))
        .line(QStringLiteral("  Smart Account: ") + smartAccount)
        .line(QStringLiteral("  Virtual Account: ")
              + (context.spec.virtualAccount.isEmpty() ? QStringLiteral("<none>") : context.spec.virtualAccount))
        .spacer();
    out.line(QStringLiteral("License Usage:"));
    if (context.spec.licenses.isEmpty()) {
        out.line(QStringLiteral("  No licenses in use"));
        return out.text();
    }
    out.line(QStringLiteral("  License                 Entitlement Tag               Count Status"));
    out.line(QStringLiteral("  ") + QString(77, QLatin1Char('-')));
    for (const LicenseSpec &license : context.spec.licenses) {
        const int count = context.countOf(license);
        const QString tag = QLatin1Char('(') + license.tag + QLatin1Char(')');
        out.line(QStringLiteral("  %1 %2 %3 %4")
                     .arg(license.name.leftJustified(23), tag.leftJustified(29))
                     .arg(count, 5)
                     .arg(Compliance::licenseStatus(context.spec, context.state, license, count, context.now)));
    }
    return out.text();
}

QString usage(const ViewContext &context)
{
    TextOutput out;
    if (context.spec.licenses.isEmpty())
        out.line(QStringLiteral("No licenses in use"));
    for (qsizetype i = 0; i < context.spec.licenses.size(); ++i) {
        if (i > 0)
            out.line();
        blocks::licenseUsage(out, context, context.spec.licenses.at(i), true);
    }
    out.line(QStringLiteral("..!"));
    return out.text();
}

QString udi(const ViewContext &context)
{
    TextOutput out;
    out.line(QStringLiteral("UDI: ") + context.spec.udi());
    if (context.spec.isHighAvailability()) {
        out.line();
        out.line(QStringLiteral("HA UDI List:"));
        out.line(QStringLiteral("    0/%1/CPU0: Active:%2").arg(context.spec.routeProcessor(), context.spec.udi()));
        out.line(QStringLiteral("    0/%1/CPU0: Standby:%2")
                     .arg(context.spec.standbyRouteProcessor(), context.spec.standbyUdi()));
    }
    return out.text();
}

} // namespace slp::xrsim::views
