#pragma once

#include "formats/SlrAuthorizationCode.h"
#include "model/Udi.h"

#include <QList>
#include <QString>

#include <optional>

namespace slp::ui {

// One device in the SLR wizard: what its latest stored snapshot says about reservation, and the
// authorization codes matched to it.
struct SlrDevice
{
    qint64 deviceId = 0;
    QString hostname;
    bool refreshed = false; // a snapshot exists
    QString lastError; // the last refresh failed
    Udi activeUdi;
    QList<Udi> udis; // active first, then standby / members (HA routers need one code per UDI)
    std::optional<bool> reservationEnabled; // nullopt: the device did not answer show license reservation
    QString reservationStatus; // "NOT INSTALLED", "SPECIFIC INSTALLED on ...", ...
    QString requestCode; // pending request, if any
    QString confirmationCode; // after an install
    std::optional<bool> trustInstalled;
    QList<SlrAuthorizationCode> codes; // matched by UDI
    QString codeSource; // the file the codes came from

    // Every UDI of the device has a matched authorization code.
    bool hasAllCodes() const;
    bool isInstalled() const { return reservationStatus.startsWith(QLatin1String("SPECIFIC INSTALLED")); }
    bool matches(const Udi &udi) const;
};

} // namespace slp::ui
