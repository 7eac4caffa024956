#include "UdiAuthorizationReader.h"

#include "UdiLine.h"
#include "parse/TextMatch.h"

namespace slp {

UdiAuthorization &UdiAuthorizationReader::current()
{
    // A status line with no UDI line before it (single-RP output) opens an entry of its own.
    if (m_target.isEmpty())
        m_target.append(UdiAuthorization {});
    return m_target.back();
}

bool UdiAuthorizationReader::read(const OutputLine &line, const KeyValueView &field)
{
    const QStringView key = field.key;
    if (text::equals(key, QLatin1String("Overall status")) && field.value.isEmpty())
        return true;
    if (field.hasColon) {
        if (text::equals(key, QLatin1String("Status")) || text::equals(key, QLatin1String("Reservation status"))) {
            current().status = m_context.stamped(line, field.value, key);
            return true;
        }
        struct CodeField
        {
            QLatin1String key;
            QString UdiAuthorization::*member;
        };
        static const CodeField codes[] = {
            {QLatin1String("Request code"), &UdiAuthorization::requestCode},
            {QLatin1String("Last return code"), &UdiAuthorization::lastReturnCode},
            {QLatin1String("Last Confirmation code"), &UdiAuthorization::lastConfirmationCode},
            {QLatin1String("Reservation authorization code"), &UdiAuthorization::authorizationCode},
            {QLatin1String("Authorization code"), &UdiAuthorization::authorizationCode},
        };
        for (const CodeField &code : codes) {
            if (text::equals(key, code.key)) {
                current().*code.member = ParseContext::text(field.value);
                return true;
            }
        }
    }
    const std::optional<UdiLine> entry = UdiLine::read(line.text);
    if (!entry || !entry->rest.isEmpty() || !entry->location.isEmpty())
        return false;
    UdiAuthorization authorization;
    authorization.role = entry->role;
    authorization.udi = entry->udi;
    m_target.append(authorization);
    return true;
}

} // namespace slp
