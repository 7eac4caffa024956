#pragma once

#include "model/DeviceRole.h"
#include "model/Udi.h"

#include <QStringView>

#include <optional>

namespace slp {

// A line naming a UDI, with an optional node location and role in front of it:
//   `Active: PID:ASR-9006-AC,SN:FOX1605GNAH`          (trust code, reservation status)
//   `0/RSP0/CPU0: Active:PID:ASR-9006-AC,SN:FOX1605GNAH` (IOS XR HA UDI list)
//   `Member:PID:C9300-24U,SN:FOC2232X00F`              (IOS XE HA UDI list)
//   `PID:NCS-5501-SE,SN:FOC2118R24P`                    (single RP)
// `rest` is what follows the UDI on the same line (`INSTALLED on ...`), if anything.
struct UdiLine
{
    QStringView location;
    DeviceRole role = DeviceRole::None;
    bool roleNamed = false; // a word stood before the UDI (the role, possibly unknown)
    Udi udi;
    QStringView rest;

    static std::optional<UdiLine> read(QStringView line);
};

} // namespace slp
