#pragma once

#include "ViewContext.h"
#include "cli/TextOutput.h"

namespace slp::xrsim::blocks {

// "NAME (TAG):" followed by its indented fields, as `show license usage` and `show license all` print it.
void licenseUsage(TextOutput &out, const ViewContext &context, const LicenseSpec &license, bool indented);
// Wraps `text` after `prefix` at 79 columns, continuation lines indented under the text.
QString wrapped(const QString &prefix, const QString &text);
// "Product Information" / "HA UDI List" block.
void productInformation(TextOutput &out, const ViewContext &context);
// "Usage Report Summary" counters.
void usageReportSummary(TextOutput &out, const ViewContext &context);

} // namespace slp::xrsim::blocks
