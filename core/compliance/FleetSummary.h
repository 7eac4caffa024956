#pragma once

#include "ComplianceState.h"

#include <QHash>

namespace slp {

// Counts of devices per compliance state, for the dashboard and `slpctl status`.
class FleetSummary
{
public:
    void add(ComplianceState state)
    {
        ++m_counts[state];
        ++m_total;
    }
    int count(ComplianceState state) const { return m_counts.value(state); }
    int total() const { return m_total; }
    // Devices that need an action now: overdue, out of compliance, no trust, due soon, unreachable.
    int needingAttention() const;

private:
    QHash<ComplianceState, int> m_counts;
    int m_total = 0;
};

} // namespace slp
