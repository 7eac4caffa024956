#pragma once

#include "store/DeviceRecord.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace slp::cli {

class CliContext;

// The devices a command works on: all of them, or those NAMEd (case-insensitive hostnames). Unknown
// names are all reported at once; nullopt then (after printing).
std::optional<QList<DeviceRecord>> selectDevices(CliContext &context, const QStringList &names);

} // namespace slp::cli
