#include "StatusSections.h"
#include "Views.h"

namespace slp::xrsim::views {

QString status(const ViewContext &context)
{
    TextOutput out;
    out.spacer();
    sections::statusBody(out, context);
    return out.text();
}

} // namespace slp::xrsim::views
