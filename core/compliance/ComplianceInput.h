#pragma once

#include "model/LicenseStatus.h"
#include "model/LicenseUsage.h"
#include "model/PlatformSummary.h"
#include "model/Reservation.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace slp {

// What the compliance arithmetic reads about one device: the latest parsed outputs plus two facts
// only the history in the store knows (when the current unacknowledged usage was first seen, and
// when the usage counts last changed).
struct ComplianceInput
{
    std::optional<LicenseStatus> status;
    QList<LicenseUsage> licenses;
    std::optional<Reservation> reservation;
    std::optional<PlatformSummary> platform;

    std::optional<QDateTime> usageFirstSeen; // earliest snapshot showing usage not yet acknowledged
    std::optional<QDateTime> lastUsageChange; // latest snapshot whose counts differ from the one before

    bool refreshed = false; // at least one successful refresh exists
    bool lastRefreshFailed = false;
    QString lastError;
    int parseIssueCount = 0;
};

} // namespace slp
