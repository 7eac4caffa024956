#pragma once

#include "PlatformEntitlement.h"
#include "PlatformParameters.h"
#include "PlatformSchedule.h"
#include "SiaStatus.h"

#include <QList>

#include <optional>

namespace slp {

// `show license platform detail` (IOS XR).
struct PlatformDetail
{
    PlatformSchedule schedule;
    std::optional<SiaStatus> sia;
    PlatformParameters parameters;
    QList<PlatformEntitlement> entitlements;

    friend bool operator==(const PlatformDetail &, const PlatformDetail &) = default;
};

} // namespace slp
