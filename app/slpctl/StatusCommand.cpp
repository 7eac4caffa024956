// slpctl status: each device's compliance as of now (state, due date, days left, why), computed
// from its latest snapshot by core/compliance, and the fleet's counts per state.
#include "CliContext.h"
#include "CommandLine.h"
#include "DeviceSelection.h"
#include "FutureWait.h"
#include "OptionParser.h"

#include "compliance/FleetSummary.h"
#include "flows/DeviceCompliance.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace slp::cli {

namespace {

const QString usage = QStringLiteral(
    "Usage: slpctl status [--json] [NAME...]\n\n"
    "Prints, per device, the compliance state, the next due date, the days left and why (first report,\n"
    "periodic report, report on change, trust, SIA grace period, ...), computed now from the latest\n"
    "snapshot (`slpctl refresh`), then the number of devices per state. States: unknown, healthy,\n"
    "slr_installed, legacy_smart_licensing, pending, never_reported, due_soon, no_trust,\n"
    "out_of_compliance, overdue, unreachable. --json prints one object per device.\n");

struct DeviceStatus
{
    DeviceRecord device;
    std::optional<SnapshotRecord> latest;
    ComplianceResult compliance;
};

QJsonObject statusJson(const DeviceStatus &status)
{
    QJsonObject json = DeviceCompliance::toJson(status.compliance);
    json.insert(QStringLiteral("hostname"), status.device.hostname);
    json.insert(QStringLiteral("address"), status.device.endpoint());
    json.insert(QStringLiteral("udi"), status.latest ? QJsonValue(status.latest->summary.udi) : QJsonValue());
    json.insert(QStringLiteral("last_refresh"),
                status.latest ? QJsonValue(status.latest->summary.takenAt.toUTC().toString(Qt::ISODate))
                              : QJsonValue());
    json.insert(QStringLiteral("last_error"),
                status.device.lastError.isEmpty() ? QJsonValue() : QJsonValue(status.device.lastError));
    return json;
}

void printTable(const QList<DeviceStatus> &statuses)
{
    out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                 .arg(QStringLiteral("NAME"), -20)
                 .arg(QStringLiteral("STATE"), -22)
                 .arg(QStringLiteral("DUE (UTC)"), -11)
                 .arg(QStringLiteral("DAYS"), 5)
                 .arg(QStringLiteral("REASON"));
    FleetSummary fleet;
    for (const DeviceStatus &status : statuses) {
        const ComplianceResult &result = status.compliance;
        fleet.add(result.state);
        const QString why = result.findings.isEmpty() ? dueReasonId(result.dueReason) : result.findings.constFirst();
        out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(status.device.hostname, -20)
                     .arg(complianceStateId(result.state), -22)
                     .arg(result.dueDate ? result.dueDate->toUTC().toString(QStringLiteral("yyyy-MM-dd"))
                                         : QStringLiteral("-"),
                          -11)
                     .arg(result.daysLeft ? QString::number(*result.daysLeft) : QStringLiteral("-"), 5)
                     .arg(why);
    }
    out() << '\n' << fleet.total() << " device(s)";
    for (int state = int(ComplianceState::Unreachable); state >= int(ComplianceState::Unknown); --state) {
        const int count = fleet.count(ComplianceState(state));
        if (count > 0)
            out() << ", " << count << ' ' << complianceStateId(ComplianceState(state));
    }
    out() << "; " << fleet.needingAttention() << " need attention\n";
}

} // namespace

int runStatus(const QStringList &arguments)
{
    QStringList args = arguments;
    const std::unique_ptr<CliContext> context = CliContext::create(QStringLiteral("status"), args);
    if (!context)
        return ExitUsage;
    OptionParser options(*context, usage);
    options.addOption(QStringLiteral("json"), QStringLiteral("JSON output."));
    if (const auto stop = options.parse(args))
        return *stop;
    if (!context->openStore())
        return ExitFailed;
    const std::optional<QList<DeviceRecord>> devices = selectDevices(*context, options.positional());
    if (!devices)
        return ExitFailed;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Queue every read at once: the store answers them in order on its own thread.
    QList<QFuture<StoreResult<SnapshotRecord>>> reads;
    for (const DeviceRecord &device : *devices)
        reads.append(device.latestSnapshotId != 0 ? context->store().latestSnapshot(device.id, true)
                                                  : QFuture<StoreResult<SnapshotRecord>>());
    QList<DeviceStatus> statuses;
    int status = ExitOk;
    for (qsizetype i = 0; i < devices->size(); ++i) {
        DeviceStatus entry;
        entry.device = devices->at(i);
        if (entry.device.latestSnapshotId != 0) {
            const StoreResult<SnapshotRecord> latest = await(reads.at(i));
            if (latest.ok())
                entry.latest = latest.value;
            else {
                context->error(QStringLiteral("%1: %2").arg(entry.device.hostname, latest.error.message));
                status = ExitFailed;
            }
        }
        entry.compliance = DeviceCompliance::evaluate(entry.device, entry.latest, now);
        statuses.append(entry);
    }
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const DeviceStatus &entry : std::as_const(statuses))
            array.append(statusJson(entry));
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        printTable(statuses);
    }
    return status;
}

} // namespace slp::cli
