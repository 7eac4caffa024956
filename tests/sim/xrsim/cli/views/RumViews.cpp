// show license rum id all | show license rum id <id> detail
#include "Views.h"

#include "cli/TextOutput.h"

namespace slp::xrsim::views {

QString rumAll(const ViewContext &context)
{
    TextOutput out;
    out.line(QStringLiteral("Smart Licensing Usage Report:"));
    out.line(QStringLiteral("=============================="));
    out.line();
    out.line(QStringLiteral("Report Id   State     Flag  Feature Name"));
    out.line(QStringLiteral("----------  --------  ----  ------------------------------"));
    for (const RumReport &report : context.state.reports) {
        // Flag N: normal; U: closed and not yet sent anywhere (unreported).
        const QString flag = report.state == QLatin1String("CLOSED") && report.transactionId == 0 ? QStringLiteral("U")
                                                                                                  : QStringLiteral("N");
        out.line(QStringLiteral("%1  %2  %3  %4")
                     .arg(report.id)
                     .arg(report.state.leftJustified(8), flag.leftJustified(4), report.licenseName));
    }
    return out.text();
}

QString rumDetail(const ViewContext &context, qint64 reportId)
{
    const QList<RumReport> &reports = context.state.reports;
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const RumReport &report = reports.at(i);
        if (report.id != reportId)
            continue;
        qint64 previous = 0;
        qint64 next = 0;
        for (const RumReport &other : reports) {
            if (other.tag != report.tag)
                continue;
            if (other.id < report.id && other.id > previous)
                previous = other.id;
            if (other.id > report.id && (next == 0 || other.id < next))
                next = other.id;
        }
        const qint64 end = report.endTime != 0 ? report.endTime : context.now;
        TextOutput out;
        out.line(QStringLiteral("Smart Licensing Usage Report Detail:"));
        out.line(QStringLiteral("===================================="));
        out.line(QStringLiteral("Report Id: %1").arg(report.id));
        out.line(QStringLiteral("  Metric Name: ENTITLEMENT"));
        out.line(QStringLiteral("  Feature Name: ") + report.licenseName);
        out.line(QStringLiteral("  Metric Value: ") + report.tag);
        out.line(QStringLiteral("  UDI: ") + context.spec.udi());
        out.line(QStringLiteral("  Previous Report Id: %1, Next Report Id: %2").arg(previous).arg(next));
        out.line(QStringLiteral("  State: %1, State Change Reason: %2").arg(report.state, report.stateReason));
        out.line(QStringLiteral("  Start Time: %1, End Time: %2")
                     .arg(formatDate(report.startTime),
                          report.endTime != 0 ? formatDate(report.endTime) : QStringLiteral("<none>")));
        out.line(QStringLiteral("  Storage State: EXIST"));
        out.line(QStringLiteral("  Storage State Reason: None"));
        out.line(QStringLiteral("  Total Usage Duration: %1 seconds, Total Usage Count: %2")
                     .arg(end - report.startTime)
                     .arg(report.count));
        out.line(QStringLiteral("  Transaction ID: %1").arg(report.transactionId));
        out.line(QStringLiteral("  Transaction Message: <none>"));
        return out.text();
    }
    return {};
}

} // namespace slp::xrsim::views
