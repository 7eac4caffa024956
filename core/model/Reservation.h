#pragma once

#include "SpecifiedReservation.h"
#include "UdiAuthorization.h"

#include <QList>

#include <optional>

namespace slp {

// `show license reservation` (Specific License Reservation).
struct Reservation
{
    std::optional<bool> enabled; // `License reservation: ENABLED`
    QList<UdiAuthorization> perUdi;
    QList<SpecifiedReservation> specified;

    friend bool operator==(const Reservation &, const Reservation &) = default;
};

} // namespace slp
