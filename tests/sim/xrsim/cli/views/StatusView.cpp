#include "StatusSections.h"
#include "Views.h"

namespace slp::xrsim::views {

QString status(const ViewContext &context)
{
    TextOutput out;
    out.spacer();
    sections::utility(out);
    sections::policyMode(out);
    sections::reservationStatus(out, context);
    sections::accountInformation(out, context);
    sections::dataPrivacy(out);
    sections::transport(out, context);
    sections::miscellaneous(out);
    sections::policy(out, context);
    sections::usageReporting(out, context);
    sections::trustCode(out, context);
    sections::telemetry(out);
    out.line(QStringLiteral("..!"));
    return out.text();
}

} // namespace slp::xrsim::views
