#pragma once

#include "KeyValue.h"
#include "Udi.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace slp {

// One report of `show license rum id <id> detail`.
struct RumReportDetail
{
    qint64 id = 0;
    QString metricName; // ENTITLEMENT, TELEMETRY
    QString featureName;
    QString metricValue; // the entitlement tag or telemetry name
    std::optional<Udi> udi;
    std::optional<qint64> previousReportId; // 0 is printed for "none"; kept as printed
    std::optional<qint64> nextReportId;
    QString state;
    QString stateChangeReason;
    std::optional<QDateTime> startTime;
    std::optional<QDateTime> endTime;
    QString storageState;
    QString transactionId;
    QString transactionMessage;
    QList<KeyValue> otherFields;

    friend bool operator==(const RumReportDetail &, const RumReportDetail &) = default;
};

} // namespace slp
