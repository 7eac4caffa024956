#pragma once

#include "ViewContext.h"
#include "cli/TextOutput.h"

namespace slp::xrsim::sections {

// The blocks of `show license status`, reused by `show license all` (IOS XR 24.x / 25.x layout).
void utility(TextOutput &out);
void policyMode(TextOutput &out);
// Only when reservation is enabled.
void reservationStatus(TextOutput &out, const ViewContext &context);
void accountInformation(TextOutput &out, const ViewContext &context);
void dataPrivacy(TextOutput &out);
void transport(TextOutput &out, const ViewContext &context);
void miscellaneous(TextOutput &out);
void policy(TextOutput &out, const ViewContext &context);
void usageReporting(TextOutput &out, const ViewContext &context);
void trustCode(TextOutput &out, const ViewContext &context);
void telemetry(TextOutput &out);
// Everything `show license status` prints after its first spacer line, ending with "..!".
void statusBody(TextOutput &out, const ViewContext &context);
// "UDI: ..." and, on HA routers, the "HA UDI List:" lines; `separator` goes between them.
void udiList(TextOutput &out, const ViewContext &context, const QString &separator);

} // namespace slp::xrsim::sections
