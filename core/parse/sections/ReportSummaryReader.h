#pragma once

#include "model/UsageReportSummary.h"
#include "parse/ParseContext.h"

namespace slp {

// `Usage Report Summary:` counters, several per line (`Total: 70,  Purged: 0`).
class ReportSummaryReader
{
public:
    ReportSummaryReader(UsageReportSummary &target, ParseContext &context)
        : m_target(target)
        , m_context(context)
    { }

    bool read(const OutputLine &line, const KeyValueView &field);

private:
    UsageReportSummary &m_target;
    ParseContext &m_context;
};

} // namespace slp
