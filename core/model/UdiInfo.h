#pragma once

#include "DeviceRole.h"
#include "Udi.h"

#include <QList>
#include <QString>

#include <optional>

namespace slp {

// One line of the `HA UDI List:`: `0/RSP0/CPU0: Active:PID:ASR-9006-AC,SN:FOX1605GNAH` (IOS XR, with
// the node location) or `Active:PID:C9300-24U,SN:FOC2232X00F` (IOS XE, no location).
struct HaUdi
{
    QString location;
    DeviceRole role = DeviceRole::None;
    Udi udi;

    friend bool operator==(const HaUdi &, const HaUdi &) = default;
};

// `show license udi` and the `Product Information` section of show license all.
struct UdiInfo
{
    std::optional<Udi> udi;
    QList<HaUdi> haUdis;

    friend bool operator==(const UdiInfo &, const UdiInfo &) = default;
};

} // namespace slp
