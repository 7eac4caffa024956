// show license summary | usage | udi
#include "StatusSections.h"
#include "UsageBlocks.h"
#include "Views.h"

#include "router/Compliance.h"

namespace slp::xrsim::views {

QString summary(const ViewContext &context)
{
    TextOutput out;
    out.spacer();
    sections::accountInformation(out, context);
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
    sections::udiList(out, context, QString());
    return out.text();
}

} // namespace slp::xrsim::views
