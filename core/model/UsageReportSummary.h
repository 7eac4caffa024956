#pragma once

#include <QString>

#include <optional>

namespace slp {

// `Usage Report Summary:` counters of show license all:
//   Total: 70,  Purged: 0
//   Total Acknowledged Received: 64,  Waiting for Ack: 0
//   Available to Report: 6  Collecting Data: 2
//   Maximum Display: 70  In Storage: 70,  MIA: 0          (IOS XE)
struct UsageReportSummary
{
    std::optional<int> total;
    std::optional<int> purged;
    std::optional<int> acknowledgedReceived;
    std::optional<int> waitingForAck;
    std::optional<int> availableToReport;
    std::optional<int> collectingData;
    std::optional<int> maximumDisplay;
    std::optional<int> inStorage;
    std::optional<int> mia;
    QString reportModuleStatus; // IOS XE `Report Module Status: Ready`

    friend bool operator==(const UsageReportSummary &, const UsageReportSummary &) = default;
};

} // namespace slp
