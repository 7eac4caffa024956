#pragma once

#include "ViewContext.h"

#include <QString>

namespace slp::xrsim::views {

// Show command bodies (without the timestamp line, which the CLI prints first). Each mirrors the layout
// of the reference guide for IOS XR 24.x/25.x; `classic*` variants are the 7.x Smart Licensing output.
QString status(const ViewContext &context);
QString classicStatus(const ViewContext &context);

} // namespace slp::xrsim::views
