#pragma once

#include "ComplianceInput.h"
#include "ComplianceResult.h"

namespace slp {

struct ComplianceSettings
{
    int dueSoonDays = 30; // a due date closer than this turns the device "due soon"
    int trustDays = 90; // IOS XR: trust and the first report within 90 days of first use
};

// The compliance arithmetic of DESIGN.md section 6, kept in this one place: every view, job and
// export asks here. Pure: the same input and `now` always give the same verdict.
class ComplianceCalculator
{
public:
    explicit ComplianceCalculator(ComplianceSettings settings = {});

    ComplianceResult evaluate(const ComplianceInput &input, const QDateTime &now) const;

private:
    ComplianceSettings m_settings;
};

} // namespace slp
