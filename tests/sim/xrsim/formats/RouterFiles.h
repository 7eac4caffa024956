#pragma once

#include "fleet/RouterSpec.h"
#include "router/RouterState.h"

#include <QByteArray>

namespace slp::xrsim {

// Files a router writes for CSSM (tests/sim/PROTOCOL.md section 5).
namespace routerfiles {

// The RUM usage file of `license smart save usage` holding `reports` (closed ones, payloads untouched).
QByteArray rumFile(const RouterSpec &spec, const RouterState &state, const QList<RumReport> &reports, qint64 now);
// The trust request file of `license smart save trust-request`, sealed with the router key.
QByteArray trustRequest(const RouterSpec &spec, qint64 now, const QByteArray &nonce);

} // namespace routerfiles

} // namespace slp::xrsim
