#pragma once

#include "NormalisedOutput.h"
#include "ParseResult.h"
#include "model/Reservation.h"

#include <QStringView>

namespace slp {

// `show license reservation`: `License reservation: ENABLED`, the per-UDI `Overall status:` blocks
// (reservation status with its date, request / return / confirmation / authorization codes) and
// the `Specified license reservations:` with their term information.
class ReservationParser
{
public:
    static ParseResult<Reservation> parse(QStringView text);
    // The same, on output already normalised (ShowOutputParser normalises once for detection and parsing).
    static ParseResult<Reservation> parse(const NormalisedOutput &output);
};

} // namespace slp
