#pragma once

#include "model/PlatformDetail.h"
#include "parse/ParseContext.h"

namespace slp {

// The `Feature/Area:` blocks of show license platform detail, each holding `Entitlement: NAME (TAG)`
// blocks with Description, Tag and `Count: Last: n, Next: m` (or `Last count:` / `Next count:`).
class PlatformEntitlementReader
{
public:
    PlatformEntitlementReader(PlatformDetail &target, ParseContext &context)
        : m_target(target)
        , m_context(context)
    { }

    bool read(const OutputLine &line, const KeyValueView &field);

private:
    void startEntitlement(QStringView value);
    void readCounts(const OutputLine &line, QStringView value, PlatformEntitlement &entitlement);

    PlatformDetail &m_target;
    ParseContext &m_context;
    QString m_area;
};

} // namespace slp
