#include "DeviceCompliance.h"

#include "compliance/ComplianceCalculator.h"

#include <QJsonArray>

namespace slp {

ComplianceInput DeviceCompliance::input(const DeviceState &state, const std::optional<UsageHistory> &history)
{
    ComplianceInput input;
    input.status = state.status;
    if (state.usage)
        input.licenses = state.usage->licenses;
    input.reservation = state.reservation;
    input.platform = state.platform;
    if (history) {
        input.usageFirstSeen = history->usageFirstSeen;
        input.lastUsageChange = history->lastUsageChange;
    }
    input.refreshed = true;
    input.parseIssueCount = state.issueCount;
    return input;
}

ComplianceResult DeviceCompliance::evaluate(const DeviceRecord &device, const std::optional<SnapshotRecord> &latest,
                                            const QDateTime &now)
{
    ComplianceInput input;
    if (latest) {
        const DeviceState state = DeviceState::parse(latest->rawOutputs);
        input = DeviceCompliance::input(
            state, UsageHistory::fromJson(latest->state.value(QStringLiteral("history")).toObject()));
    }
    input.lastRefreshFailed = !device.lastError.isEmpty();
    input.lastError = device.lastError;
    return ComplianceCalculator().evaluate(input, now);
}

QJsonObject DeviceCompliance::toJson(const ComplianceResult &result)
{
    QJsonObject json {
        {QStringLiteral("state"), complianceStateId(result.state)},
        {QStringLiteral("due_date"),
         result.dueDate ? QJsonValue(result.dueDate->toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("days_left"), result.daysLeft ? QJsonValue(*result.daysLeft) : QJsonValue()},
        {QStringLiteral("reason"), dueReasonId(result.dueReason)},
        {QStringLiteral("findings"), QJsonArray::fromStringList(result.findings)},
        {QStringLiteral("trust_installed"), result.trustInstalled},
        {QStringLiteral("ever_acknowledged"), result.everAcknowledged},
        {QStringLiteral("upgrade_blocked"), result.upgradeBlocked},
    };
    if (result.siaGraceDaysLeft)
        json.insert(QStringLiteral("sia_grace_days_left"), *result.siaGraceDaysLeft);
    return json;
}

} // namespace slp
