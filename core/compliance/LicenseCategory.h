#pragma once

#include "model/LicenseUsage.h"
#include "model/Policy.h"

namespace slp {

// The four policy categories a license falls in (DESIGN.md section 6).
enum class LicenseCategory { UnenforcedPerpetual, UnenforcedSubscription, Enforced, Export };

LicenseCategory categoryOf(const LicenseUsage &license);

// The router's values for a category, each missing value filled from the Cisco default policy
// (365/0/90, 90/90/90, 0/0/0, 0/0/0 days).
PolicyCategory effectivePolicy(const Policy &policy, LicenseCategory category);

} // namespace slp
