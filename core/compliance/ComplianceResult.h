#pragma once

#include "ComplianceState.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace slp {

// The verdict for one device: the state word, the next due date and why, and every finding in
// words an admin can act on (the first finding explains the state).
struct ComplianceResult
{
    ComplianceState state = ComplianceState::Unknown;
    std::optional<QDateTime> dueDate; // UTC
    std::optional<qint64> daysLeft; // whole days from now to dueDate; negative when overdue
    DueReason dueReason = DueReason::None;
    QStringList findings;

    bool trustInstalled = false;
    bool everAcknowledged = false;
    bool upgradeBlocked = false; // SIA out of compliance with its grace period expired
    std::optional<int> siaGraceDaysLeft;
};

} // namespace slp
