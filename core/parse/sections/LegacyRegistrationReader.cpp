#include "LegacyRegistrationReader.h"

#include "parse/TextMatch.h"

namespace slp {

LegacyRegistration &LegacyRegistrationReader::legacy()
{
    if (!m_target.legacy)
        m_target.legacy = LegacyRegistration {};
    return *m_target.legacy;
}

bool LegacyRegistrationReader::readRegistration(const OutputLine &line, const KeyValueView &field)
{
    if (!field.hasColon)
        return false;
    const QStringView key = field.key;
    if (text::equals(key, QLatin1String("Status"))) {
        legacy().status = ParseContext::text(field.value);
    } else if (text::equals(key, QLatin1String("Smart Account"))) {
        m_target.account.smartAccount = ParseContext::text(field.value);
    } else if (text::equals(key, QLatin1String("Virtual Account"))) {
        m_target.account.virtualAccount = ParseContext::text(field.value);
    } else if (text::equals(key, QLatin1String("Export-Controlled Functionality"))) {
        legacy().exportControlled = ParseContext::text(field.value);
    } else if (text::equals(key, QLatin1String("Initial Registration"))) {
        legacy().initialRegistration = m_context.stamped(line, field.value, key);
    } else if (text::equals(key, QLatin1String("Last Renewal Attempt"))) {
        legacy().lastRenewalAttempt = m_context.stamped(line, field.value, key);
    } else if (text::equals(key, QLatin1String("Next Renewal Attempt"))) {
        legacy().nextRenewalAttempt = m_context.date(line, field.value, key);
    } else if (text::equals(key, QLatin1String("Registration Expires"))) {
        legacy().registrationExpires = m_context.date(line, field.value, key);
    } else {
        return false;
    }
    return true;
}

bool LegacyRegistrationReader::readAuthorization(const OutputLine &line, const KeyValueView &field)
{
    if (!field.hasColon)
        return false;
    const QStringView key = field.key;
    if (text::equals(key, QLatin1String("Status"))) {
        legacy().authorization = m_context.stamped(line, field.value, key);
    } else if (text::equals(key, QLatin1String("Last Communication Attempt"))) {
        legacy().lastCommunicationAttempt = m_context.stamped(line, field.value, key);
    } else if (text::equals(key, QLatin1String("Next Communication Attempt"))) {
        legacy().nextCommunicationAttempt = m_context.date(line, field.value, key);
    } else if (text::equals(key, QLatin1String("Communication Deadline"))) {
        legacy().communicationDeadline = m_context.date(line, field.value, key);
    } else {
        return false;
    }
    return true;
}

} // namespace slp
