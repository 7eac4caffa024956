#pragma once

#include "model/UsageReporting.h"
#include "parse/ParseContext.h"

namespace slp {

// `Usage Reporting:` dates, push interval (`30  days`, `0 (no reporting)`,
// `30  days State(4) InPolicy(60)`) and IOS XE's `Reporting Mode`.
class UsageReportingReader
{
public:
    UsageReportingReader(UsageReporting &target, ParseContext &context)
        : m_target(target)
        , m_context(context)
    { }

    bool read(const OutputLine &line, const KeyValueView &field);

private:
    void readPushInterval(const OutputLine &line, QStringView value);

    UsageReporting &m_target;
    ParseContext &m_context;
};

} // namespace slp
