#include "FleetSummary.h"

namespace slp {

int FleetSummary::needingAttention() const
{
    return count(ComplianceState::Overdue) + count(ComplianceState::OutOfCompliance) + count(ComplianceState::NoTrust)
        + count(ComplianceState::DueSoon) + count(ComplianceState::Unreachable);
}

} // namespace slp
