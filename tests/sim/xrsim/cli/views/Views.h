#pragma once

#include "ViewContext.h"

#include <QString>

namespace slp::xrsim::views {

// Show command bodies (without the timestamp line, which the CLI prints first). Each mirrors the layout
// of the reference guide for IOS XR 24.x/25.x; `classic*` variants are the 7.x Smart Licensing output.
QString status(const ViewContext &context);
QString classicStatus(const ViewContext &context);
QString summary(const ViewContext &context);
QString usage(const ViewContext &context);
QString all(const ViewContext &context);
QString udi(const ViewContext &context);
QString reservation(const ViewContext &context);
QString platformSummary(const ViewContext &context);
QString platformDetail(const ViewContext &context);
QString rumAll(const ViewContext &context);
// Empty when the report does not exist.
QString rumDetail(const ViewContext &context, qint64 reportId);
QString runningConfig(const ViewContext &context);
QString version(const ViewContext &context, qint64 uptimeSeconds);

} // namespace slp::xrsim::views
