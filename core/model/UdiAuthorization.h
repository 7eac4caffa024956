#pragma once

#include "DeviceRole.h"
#include "StampedState.h"
#include "Udi.h"

#include <QString>

namespace slp {

// Per-UDI block of `Overall status:` in show license reservation and in the `License
// Authorizations` section of show license all:
//   Active: PID:NCS-55A2-MOD-S,SN:FOC2245R05H
//       Reservation status: RESERVATION IN PROGRESS on Feb 05 2021 16:33:08 UTC
//       Request code: CC-ZNCS-55A2-MOD-S:FOC2245R05H-AVYd1FABK-45
struct UdiAuthorization
{
    DeviceRole role = DeviceRole::None;
    Udi udi;
    StampedState status; // NOT INSTALLED, SPECIFIC INSTALLED on <date>, RESERVATION IN PROGRESS on <date>
    QString requestCode;
    QString lastReturnCode;
    QString lastConfirmationCode;
    QString authorizationCode;

    friend bool operator==(const UdiAuthorization &, const UdiAuthorization &) = default;
};

} // namespace slp
