#pragma once

#include "KeyValue.h"
#include "LicenseHaInfo.h"

#include <QList>
#include <QString>

#include <optional>

namespace slp {

// One entitlement in use (`NAME (TAG):` block of show license usage / all / status). Text fields
// hold the router's words (status AUTHORIZED, IN USE, NOT IN USE, PENDING, OUT-OF-COMPLIANCE...);
// an empty string means the field was absent or `<none>`.
struct LicenseUsage
{
    QString name;
    QString entitlementTag;
    QString description;
    std::optional<int> count;
    QString version;
    QString status;
    QString exportStatus;
    QString featureName;
    QString featureDescription;
    QString enforcementType;
    QString licenseType; // Perpetual, Subscription
    std::optional<LicenseHaInfo> haInfo;
    QList<KeyValue> otherFields; // e.g. IOS XE `Measurement Type`, `Soft Enforced`

    friend bool operator==(const LicenseUsage &, const LicenseUsage &) = default;
};

} // namespace slp
