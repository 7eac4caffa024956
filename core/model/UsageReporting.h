#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace slp {

// `Usage Reporting:` section. Dates are UTC; nullopt stands for `<none>` or a missing line.
struct UsageReporting
{
    std::optional<QDateTime> lastAckReceived;
    std::optional<QDateTime> nextAckDeadline;
    std::optional<int> pushIntervalDays; // `Reporting push interval: 30  days`; 0 with noReporting
    bool noReporting = false; // `Reporting push interval: 0 (no reporting)`
    QString pushIntervalDetail; // IOS XE suffix such as `State(2) InPolicy(90)`
    std::optional<QDateTime> nextAckPushCheck;
    std::optional<QDateTime> nextReportPush;
    std::optional<QDateTime> lastReportPush;
    std::optional<QDateTime> lastReportFileWrite;
    QString reportingMode; // IOS XE `Reporting Mode:` (newer releases)

    friend bool operator==(const UsageReporting &, const UsageReporting &) = default;
};

} // namespace slp
