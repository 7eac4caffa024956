#pragma once

#include "StampedState.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace slp {

// Pre-24.1 IOS XR Smart Licensing (`Smart Licensing is ENABLED`): the `Registration:` and
// `License Authorization:` sections that Smart Licensing Using Policy no longer prints.
struct LegacyRegistration
{
    QString status; // REGISTERED, UNREGISTERED, ...
    QString exportControlled; // `Export-Controlled Functionality: ALLOWED`
    StampedState initialRegistration; // `SUCCEEDED on <date>`
    StampedState lastRenewalAttempt; // `None` or `SUCCEEDED on <date>`
    std::optional<QDateTime> nextRenewalAttempt;
    std::optional<QDateTime> registrationExpires;
    StampedState authorization; // `Status: AUTHORIZED on <date>`
    StampedState lastCommunicationAttempt; // `SUCCEEDED on <date>`
    std::optional<QDateTime> nextCommunicationAttempt;
    std::optional<QDateTime> communicationDeadline;

    friend bool operator==(const LegacyRegistration &, const LegacyRegistration &) = default;
};

} // namespace slp
