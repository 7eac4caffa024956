#pragma once

#include "DeviceRole.h"
#include "Udi.h"

#include <QDateTime>

#include <optional>

namespace slp {

// Trust code state of one UDI of an HA router or stack:
//   Active: PID:ASR-9006-AC,SN:FOX1605GNAH
//     INSTALLED on Mar 19 2024 14:20:59 UTC
struct TrustCode
{
    DeviceRole role = DeviceRole::None;
    Udi udi;
    bool installed = false;
    std::optional<QDateTime> installedOn; // UTC

    friend bool operator==(const TrustCode &, const TrustCode &) = default;
};

} // namespace slp
