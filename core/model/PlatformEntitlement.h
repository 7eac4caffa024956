#pragma once

#include "KeyValue.h"

#include <QList>
#include <QString>

#include <optional>

namespace slp {

// One `Entitlement:` block of show license platform detail, under its `Feature/Area:`.
struct PlatformEntitlement
{
    QString featureArea;
    QString entitlement;
    QString entitlementTag;
    QString description;
    std::optional<int> lastCount;
    std::optional<int> nextCount;
    QList<KeyValue> otherFields;

    friend bool operator==(const PlatformEntitlement &, const PlatformEntitlement &) = default;
};

} // namespace slp
