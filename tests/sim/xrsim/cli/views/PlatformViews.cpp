// show license platform summary | detail (IOS XR's own collection/reporting view of the entitlements).
#include "UsageBlocks.h"
#include "Views.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace slp::xrsim::views {

namespace {

QString longDate(qint64 seconds)
{
    return QLocale::c().toString(QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()),
                                 QStringLiteral("ddd MMM dd yyyy hh:mm:ss"))
        + QStringLiteral(" UTC");
}

void timers(TextOutput &out, qint64 now)
{
    // The platform collects and reports once a minute.
    const qint64 last = now - now % 60;
    out.line(QStringLiteral("Collection: LAST: ") + longDate(last));
    out.line(QStringLiteral("            NEXT: ") + longDate(last + 60));
    out.line(QStringLiteral("Reporting:  LAST: ") + longDate(last));
    out.line(QStringLiteral("            NEXT: ") + longDate(last + 60));
}

QString ellipsized(const QString &text, int width)
{
    return text.size() <= width ? text.leftJustified(width) : text.left(width - 3) + QStringLiteral("...");
}

} // namespace

QString platformSummary(const ViewContext &context)
{
    TextOutput out;
    timers(out, context.now);
    out.line();
    out.line(QString(64, QLatin1Char(' ')) + QStringLiteral("Count"));
    out.line(QStringLiteral("Feature/Area                   Entitlement                      Last  Next"));
    out.line(QStringLiteral("============================== ================================ ===== ====="));
    for (const LicenseSpec &license : context.spec.licenses) {
        const int count = context.countOf(license);
        out.line(QStringLiteral("%1 %2 %3 %4")
                     .arg(ellipsized(license.name, 30), ellipsized(license.description, 32))
                     .arg(count, -5)
                     .arg(count));
    }
    return out.text();
}

QString platformDetail(const ViewContext &context)
{
    TextOutput out;
    timers(out, context.now);
    out.line(QStringLiteral("Parameters:"));
    out.line(QStringLiteral("  Collection interval: 1 minute(s)"));
    out.line(QStringLiteral("  Reporting interval:  1 minute(s)"));
    out.line(QStringLiteral("  Throttle duration:   1 minute(s)"));
    out.line(QStringLiteral("  Collection timeout:  6 minute(s)"));
    out.line(QStringLiteral("  Reporting timeout:   6 minute(s)"));
    out.line();
    for (const LicenseSpec &license : context.spec.licenses) {
        const int count = context.countOf(license);
        out.line(QStringLiteral("Feature/Area: ") + license.name);
        out.line(QStringLiteral("  Entitlement: ") + license.description);
        out.line(QStringLiteral("    Tag:    ") + license.tag);
        out.line(QStringLiteral("    Count:  Last: %1, Next: %1").arg(count));
        out.line(QStringLiteral("    Enforcement: ")
                 + (license.enforced ? QStringLiteral("ENFORCED") : QStringLiteral("NOT ENFORCED")));
        out.line();
    }
    return out.text();
}

} // namespace slp::xrsim::views
