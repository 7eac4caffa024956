#pragma once

#include "LicenseUsage.h"

#include <QList>
#include <QString>

namespace slp {

// `show license usage`: the license blocks, plus the `License Authorization: Status:` header
// IOS XE prints before them.
struct LicenseUsageList
{
    QString authorizationStatus; // e.g. "Not Applicable" (IOS XE); empty on IOS XR
    QList<LicenseUsage> licenses;

    friend bool operator==(const LicenseUsageList &, const LicenseUsageList &) = default;
};

} // namespace slp
