#pragma once

#include <QString>

#include <optional>

namespace slp {

// Reporting requirements of one license category of a policy, in days. 0 means "not required".
struct PolicyCategory
{
    std::optional<int> firstReportDays;
    std::optional<int> reportingFrequencyDays;
    std::optional<int> reportOnChangeDays;
    QString source; // "CISCO default", "Customer Policy", ...

    bool isEmpty() const { return !firstReportDays && !reportingFrequencyDays && !reportOnChangeDays; }

    friend bool operator==(const PolicyCategory &, const PolicyCategory &) = default;
};

} // namespace slp
