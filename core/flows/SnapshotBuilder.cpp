#include "SnapshotBuilder.h"

#include "DeviceCompliance.h"
#include "DeviceState.h"
#include "compliance/ComplianceCalculator.h"
#include "model/Transport.h"

namespace slp {

namespace {

QList<UsageRow> usageRows(const DeviceState &state)
{
    QList<UsageRow> rows;
    if (!state.usage)
        return rows;
    for (const LicenseUsage &license : state.usage->licenses) {
        UsageRow row;
        row.name = license.name;
        row.entitlementTag = license.entitlementTag;
        row.count = license.count.value_or(0);
        row.version = license.version;
        row.status = license.status;
        row.licenseType = license.licenseType;
        row.enforcement = license.enforcementType;
        row.exportStatus = license.exportStatus;
        rows.append(row);
    }
    return rows;
}

QDateTime orInvalid(const std::optional<QDateTime> &time)
{
    return time ? time->toUTC() : QDateTime();
}

} // namespace

SnapshotBuild SnapshotBuilder::build(qint64 deviceId, qint64 jobId, const QList<RawOutput> &outputs,
                                     const QHash<QString, int> &exitStatuses,
                                     const std::optional<SnapshotRecord> &previous, const QDateTime &takenAt)
{
    SnapshotBuild build;
    const DeviceState state = DeviceState::parse(outputs, exitStatuses);
    build.errors = state.errors;
    if (!build.errors.isEmpty())
        return build;

    SnapshotRecord &snapshot = build.snapshot;
    snapshot.usage = usageRows(state);
    snapshot.rawOutputs = outputs;
    build.licenseCount = int(snapshot.usage.size());

    const std::optional<QDateTime> lastAck
        = state.status ? state.status->usageReporting.lastAckReceived : std::optional<QDateTime>();
    const std::optional<UsageHistory> previousHistory
        = previous ? UsageHistory::fromJson(previous->state.value(QStringLiteral("history")).toObject()) : std::nullopt;
    const UsageHistory history = UsageHistory::next(previousHistory, previous ? previous->usage : QList<UsageRow>(),
                                                    snapshot.usage, lastAck, takenAt);
    build.compliance = ComplianceCalculator().evaluate(DeviceCompliance::input(state, history), takenAt);

    SnapshotSummary &summary = snapshot.summary;
    summary.deviceId = deviceId;
    summary.jobId = jobId;
    summary.takenAt = takenAt.toUTC();
    if (state.udi && state.udi->udi) {
        summary.udi = state.udi->udi->canonicalText();
        summary.platformPid = state.udi->udi->pid;
        summary.serial = state.udi->udi->serial;
    }
    if (state.status) {
        summary.transportType = transportTypeName(state.status->transport.type);
        summary.trustInstalled = state.status->trust.isInstalled();
        summary.lastAck = orInvalid(state.status->usageReporting.lastAckReceived);
        summary.nextAckDeadline = orInvalid(state.status->usageReporting.nextAckDeadline);
    }
    summary.softwareVersion = state.softwareVersion;
    summary.complianceState = complianceStateId(build.compliance.state);
    summary.nextDue = orInvalid(build.compliance.dueDate);
    summary.dueReason = dueReasonId(build.compliance.dueReason);
    summary.parseIssueCount = state.issueCount;

    snapshot.state = {
        {QStringLiteral("format"), QString::fromLatin1(stateFormat)},
        {QStringLiteral("commands"), state.commandsJson},
        {QStringLiteral("history"), history.toJson()},
        {QStringLiteral("compliance"), DeviceCompliance::toJson(build.compliance)},
    };
    return build;
}

} // namespace slp
