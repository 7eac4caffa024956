#pragma once

#include "fleet/RouterSpec.h"
#include "router/RouterState.h"

namespace slp::xrsim {

// Everything a show command renders from: the fleet definition, the live state and the router's clock.
struct ViewContext
{
    const RouterSpec &spec;
    const RouterState &state;
    qint64 now;

    // Current count of a license (usage drifts over time).
    int countOf(const LicenseSpec &license) const;
};

} // namespace slp::xrsim
