#pragma once

#include "LicenseStatus.h"
#include "LicenseUsage.h"
#include "UdiAuthorization.h"
#include "UdiInfo.h"
#include "UsageReportSummary.h"

#include <QList>
#include <QString>

namespace slp {

// `show license all`: the status sections plus usage, product information, agent version,
// authorizations and the usage report counters.
struct LicenseAll
{
    LicenseStatus status;
    QList<LicenseUsage> licenses;
    UdiInfo product;
    QString agentVersion; // `Smart Agent for Licensing: 5.9.25_rel/115`
    QList<UdiAuthorization> authorizations;
    QString purchasedLicenses; // e.g. "No Purchase Information Available"
    QString enforcementStatus; // e.g. "No Enforcement Status Information Available"
    UsageReportSummary reportSummary;

    friend bool operator==(const LicenseAll &, const LicenseAll &) = default;
};

} // namespace slp
