#include "SpecifiedReservationReader.h"

#include "UdiLine.h"
#include "parse/TextMatch.h"

namespace slp {

bool SpecifiedReservationReader::read(const OutputLine &line, const KeyValueView &field)
{
    const QStringView key = field.key;
    if (field.hasColon && field.value.isEmpty() && key.endsWith(u')') && key.indexOf(u'(') > 0) {
        const qsizetype open = key.lastIndexOf(u'(');
        SpecifiedReservation reservation;
        reservation.name = key.left(open).trimmed().toString();
        reservation.entitlementTag = key.mid(open + 1, key.size() - open - 2).trimmed().toString();
        m_target.append(reservation);
        m_inTerms = false;
        return true;
    }
    if (m_target.isEmpty())
        return false;
    SpecifiedReservation &reservation = m_target.back();
    if (text::equals(key, QLatin1String("Term information")) && field.hasColon) {
        m_inTerms = true;
        return true;
    }
    if (m_inTerms) {
        if (const std::optional<UdiLine> udiLine = UdiLine::read(line.text);
            udiLine && udiLine->rest.isEmpty() && udiLine->location.isEmpty()) {
            ReservationTerm term;
            term.role = udiLine->role;
            term.udi = udiLine->udi;
            reservation.terms.append(term);
            return true;
        }
        if (!reservation.terms.isEmpty() && readTerm(line, field, reservation.terms.back()))
            return true;
    }
    if (!field.hasColon)
        return false;
    if (text::equals(key, QLatin1String("Description"))) {
        reservation.description = ParseContext::text(field.value);
    } else if (text::equals(key, QLatin1String("Total reserved count"))) {
        reservation.totalReservedCount = m_context.integer(line, field.value, key);
    } else if (text::equals(key, QLatin1String("Enforcement type"))) {
        reservation.enforcementType = ParseContext::text(field.value);
    } else {
        return false;
    }
    return true;
}

bool SpecifiedReservationReader::readTerm(const OutputLine &line, const KeyValueView &field, ReservationTerm &term)
{
    if (!field.hasColon)
        return false;
    const QStringView key = field.key;
    if (text::equals(key, QLatin1String("Authorization type")))
        term.authorizationType = m_context.stamped(line, field.value, key);
    else if (text::equals(key, QLatin1String("License type")))
        term.licenseType = ParseContext::text(field.value);
    else if (text::equals(key, QLatin1String("Start Date")))
        term.startDate = m_context.date(line, field.value, key);
    else if (text::equals(key, QLatin1String("End Date")))
        term.endDate = m_context.date(line, field.value, key);
    else if (text::equals(key, QLatin1String("Term Count")))
        term.termCount = m_context.integer(line, field.value, key);
    else
        return false;
    return true;
}

} // namespace slp
