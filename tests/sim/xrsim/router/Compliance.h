#pragma once

#include "RouterState.h"
#include "fleet/RouterSpec.h"

namespace slp::xrsim {

// The router's own reporting arithmetic (DESIGN.md section 6), written independently of the console's.
struct Compliance
{
    // Next ACK deadline in Unix seconds, 0 when none applies (no ACK required, nothing in use, SLR).
    static qint64 nextAckDeadline(const RouterSpec &spec, const RouterState &state);
    // The policy category a license falls in.
    static const PolicyCategory &categoryOf(const PolicySpec &policy, const LicenseSpec &license);
    // Status printed for a license: AUTHORIZED, PENDING, OUT-OF-COMPLIANCE, NOT IN USE, ...
    static QString licenseStatus(const RouterSpec &spec, const RouterState &state, const LicenseSpec &license,
                                 int count, qint64 now);
};

} // namespace slp::xrsim
