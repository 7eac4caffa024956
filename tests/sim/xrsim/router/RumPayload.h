#pragma once

#include "RouterState.h"
#include "fleet/RouterSpec.h"

#include <QByteArray>

namespace slp::xrsim {

// Renders the signed payload string of a closed RUM report (DESIGN.md section 4). Rendered once, by hand,
// with a fixed key order: the bytes are what gets signed and must never change afterwards.
QByteArray renderRumPayload(const RouterSpec &spec, const RumReport &report);

// JSON string literal (quotes included) for arbitrary text.
QByteArray jsonQuoted(const QString &text);

} // namespace slp::xrsim
