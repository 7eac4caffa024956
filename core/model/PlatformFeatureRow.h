#pragma once

#include <QString>

#include <optional>

namespace slp {

// One row of the platform summary table (`Feature/Area | Entitlement | Count Last | Next`).
struct PlatformFeatureRow
{
    QString featureArea;
    QString entitlement;
    std::optional<int> lastCount;
    std::optional<int> nextCount;

    friend bool operator==(const PlatformFeatureRow &, const PlatformFeatureRow &) = default;
};

} // namespace slp
