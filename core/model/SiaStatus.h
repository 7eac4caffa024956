#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace slp {

// Software Innovation Access status from the IMPORTANT banner of show license platform summary:
//   SIA Status: In Compliance
//   SIA Status: Out of Compliance(Grace Period Expired)
//   SIA Status: Out of Compliance(Grace Period Remaining: 84 days)
struct SiaStatus
{
    QString status; // "In Compliance", "Out of Compliance"
    bool inCompliance = false;
    QString gracePeriod; // text in parentheses: "Grace Period Expired", "Grace Period Remaining: 84 days"
    std::optional<int> graceDaysRemaining;
    bool gracePeriodExpired = false;
    QStringList notes; // the banner's other lines (what is blocked, what to do)

    friend bool operator==(const SiaStatus &, const SiaStatus &) = default;
};

} // namespace slp
