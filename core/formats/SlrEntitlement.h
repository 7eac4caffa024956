#pragma once

#include <QString>

namespace slp {

// One <entitlement> of an SLR authorization code. Dates stay as CSSM wrote them (e.g.
// "2024-Mar-01 UTC"): the console shows them, it never computes with them.
struct SlrEntitlement
{
    QString tag;
    qint64 count = 0;
    QString startDate;
    QString endDate;
    QString licenseType;
    QString displayName;
    QString tagDescription;
    QString subscriptionId;
};

} // namespace slp
