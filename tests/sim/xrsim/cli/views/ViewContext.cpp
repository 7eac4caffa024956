#include "ViewContext.h"

namespace slp::xrsim {

int ViewContext::countOf(const LicenseSpec &license) const
{
    for (const LicenseUsage &usage : state.usage) {
        if (usage.tag == license.tag)
            return usage.count;
    }
    return license.count;
}

} // namespace slp::xrsim
