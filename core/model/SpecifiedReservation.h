#pragma once

#include "DeviceRole.h"
#include "StampedState.h"
#include "Udi.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace slp {

// One `Term information:` entry of a specified reservation.
struct ReservationTerm
{
    DeviceRole role = DeviceRole::None;
    Udi udi;
    StampedState authorizationType; // `Authorization type: SPECIFIC INSTALLED on <date>`
    QString licenseType; // PERPETUAL, TERM
    std::optional<QDateTime> startDate;
    std::optional<QDateTime> endDate;
    std::optional<int> termCount;

    friend bool operator==(const ReservationTerm &, const ReservationTerm &) = default;
};

// One license of `Specified license reservations:`.
struct SpecifiedReservation
{
    QString name;
    QString entitlementTag;
    QString description;
    std::optional<int> totalReservedCount;
    QString enforcementType;
    QList<ReservationTerm> terms;

    friend bool operator==(const SpecifiedReservation &, const SpecifiedReservation &) = default;
};

} // namespace slp
