#pragma once

#include "Section.h"
#include "model/LicenseAll.h"
#include "parse/ParseContext.h"

namespace slp {

// The small sections of show license status/all whose lines are plain `Key: value`: Smart Licensing
// status (pre-24.1), License Conversion, Export Authorization Key, Utility, Smart Licensing Using
// Policy, Data Privacy, Miscellaneous, Device Telemetry, Agent Version, and the text blocks of
// License Authorizations (Purchased Licenses, Enforcement Status).
class GeneralSectionsReader
{
public:
    GeneralSectionsReader(LicenseAll &target, ParseContext &context)
        : m_target(target)
        , m_context(context)
    { }

    void begin(Section section, const KeyValueView &header);
    bool read(Section section, const OutputLine &line, const KeyValueView &field);

private:
    bool readDataPrivacy(const OutputLine &line, const KeyValueView &field);
    bool readAuthorizationText(const KeyValueView &field);

    LicenseAll &m_target;
    ParseContext &m_context;
    QString *m_textBlock = nullptr; // Purchased Licenses / Enforcement Status text being read
    bool m_featureList = false; // inside `Features Authorized:`
};

} // namespace slp
