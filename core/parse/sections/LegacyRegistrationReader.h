#pragma once

#include "model/LicenseStatus.h"
#include "parse/ParseContext.h"

namespace slp {

// The pre-24.1 Smart Licensing `Registration:` and `License Authorization:` sections. IOS XE also
// prints `License Authorization: Status: Not Applicable` above show license usage.
class LegacyRegistrationReader
{
public:
    LegacyRegistrationReader(LicenseStatus &target, ParseContext &context)
        : m_target(target)
        , m_context(context)
    { }

    bool readRegistration(const OutputLine &line, const KeyValueView &field);
    bool readAuthorization(const OutputLine &line, const KeyValueView &field);

private:
    LegacyRegistration &legacy();

    LicenseStatus &m_target;
    ParseContext &m_context;
};

} // namespace slp
