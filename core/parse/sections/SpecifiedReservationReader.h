#pragma once

#include "model/SpecifiedReservation.h"
#include "parse/ParseContext.h"

#include <QList>

namespace slp {

// `Specified license reservations:` of show license reservation:
//   NAME (TAG):
//     Description / Total reserved count / Enforcement type
//     Term information:
//       Active: PID:...,SN:...
//         Authorization type: SPECIFIC INSTALLED on <date>
//         License type: PERPETUAL | TERM (+ Start Date / End Date)
//         Term Count: 1
class SpecifiedReservationReader
{
public:
    SpecifiedReservationReader(QList<SpecifiedReservation> &target, ParseContext &context)
        : m_target(target)
        , m_context(context)
    { }

    bool read(const OutputLine &line, const KeyValueView &field);

private:
    bool readTerm(const OutputLine &line, const KeyValueView &field, ReservationTerm &term);

    QList<SpecifiedReservation> &m_target;
    ParseContext &m_context;
    bool m_inTerms = false;
};

} // namespace slp
