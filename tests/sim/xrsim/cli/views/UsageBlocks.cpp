#include "UsageBlocks.h"

#include "StatusSections.h"

#include "router/Compliance.h"

namespace slp::xrsim::blocks {

QString wrapped(const QString &prefix, const QString &text)
{
    constexpr int kWidth = 79;
    const QString indent(prefix.size(), QLatin1Char(' '));
    QString result = prefix;
    int column = static_cast<int>(prefix.size());
    bool firstOnLine = true;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!firstOnLine && column + 1 + word.size() > kWidth) {
            result += QLatin1Char('\n') + indent;
            column = static_cast<int>(indent.size());
            firstOnLine = true;
        }
        if (!firstOnLine) {
            result += QLatin1Char(' ');
            ++column;
        }
        result += word;
        column += static_cast<int>(word.size());
        firstOnLine = false;
    }
    return result;
}

void licenseUsage(TextOutput &out, const ViewContext &context, const LicenseSpec &license, bool indented)
{
    const int count = context.countOf(license);
    const QString pad = indented ? QStringLiteral("  ") : QString();
    out.line(QStringLiteral("%1 (%2):").arg(license.name, license.tag));
    out.line(wrapped(pad + QStringLiteral("Description: "), license.description));
    out.line(pad + QStringLiteral("Count: %1").arg(count));
    out.line(pad + QStringLiteral("Version: ") + license.version);
    out.line(pad + QStringLiteral("Status: ")
             + Compliance::licenseStatus(context.spec, context.state, license, count, context.now));
    out.line(pad + QStringLiteral("Export status: ")
             + (license.exportRestricted ? QStringLiteral("RESTRICTED - ALLOWED") : QStringLiteral("NOT RESTRICTED")));
    out.line(pad + QStringLiteral("Feature Name: ") + license.name);
    out.line(pad + QStringLiteral("Feature Description: ") + license.description);
    out.line(pad + QStringLiteral("Enforcement type: ")
             + (license.enforced ? QStringLiteral("ENFORCED") : QStringLiteral("NOT ENFORCED")));
    out.line(pad + QStringLiteral("License type: ")
             + (license.subscription ? QStringLiteral("Subscription") : QStringLiteral("Perpetual")));
}

void productInformation(TextOutput &out, const ViewContext &context)
{
    out.line(QStringLiteral("Product Information")).line(QStringLiteral("==================="));
    sections::udiList(out, context, QStringLiteral(" "));
}

void usageReportSummary(TextOutput &out, const ViewContext &context)
{
    int waiting = 0;
    int available = 0;
    int collecting = 0;
    for (const RumReport &report : context.state.reports) {
        if (report.state == QLatin1String("OPEN")) {
            ++collecting;
            ++available;
        } else if (report.state == QLatin1String("CLOSED")) {
            if (report.transactionId != 0)
                ++waiting;
            else
                ++available;
        }
    }
    const int total = static_cast<int>(context.state.reports.size()) + context.state.reporting.purged;
    out.line(QStringLiteral("Usage Report Summary:")).line(QStringLiteral("====================="));
    out.line(QStringLiteral("Total: %1,  Purged: %2").arg(total).arg(context.state.reporting.purged));
    out.line(QStringLiteral("Total Acknowledged Received: %1,  Waiting for Ack: %2")
                 .arg(context.state.reporting.totalAcknowledged)
                 .arg(waiting));
    out.line(QStringLiteral("Available to Report: %1  Collecting Data: %2 ").arg(available).arg(collecting));
}

} // namespace slp::xrsim::blocks
