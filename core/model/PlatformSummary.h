#pragma once

#include "PlatformFeatureRow.h"
#include "PlatformParameters.h"
#include "PlatformSchedule.h"
#include "SiaStatus.h"

#include <QList>

#include <optional>

namespace slp {

// `show license platform summary` (IOS XR).
struct PlatformSummary
{
    PlatformSchedule schedule;
    std::optional<SiaStatus> sia;
    PlatformParameters parameters;
    QList<PlatformFeatureRow> features;

    friend bool operator==(const PlatformSummary &, const PlatformSummary &) = default;
};

} // namespace slp
