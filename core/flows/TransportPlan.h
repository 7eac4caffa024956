#pragma once

#include "TransportSettings.h"
#include "model/Transport.h"

#include <QStringList>

#include <optional>

namespace slp {

// Pure: what must be typed in configuration mode to take a device from its current transport (as
// `show license status` shows it) to `settings`, and whether a status shows the settings applied.
// The preview of `slpctl transport --dry-run` and the GUI are these lines; TransportJob sends them
// between `configure` and `commit`.
class TransportPlan
{
public:
    // Only the lines that change something; `current` unknown (nullopt): every line the settings
    // name. Settings must have passed validate().
    static QStringList configLines(const TransportSettings &settings, const std::optional<Transport> &current);
    // Empty when `status` matches the settings, else one entry per field that differs
    // ("URL is http://a, expected https://b").
    static QStringList mismatches(const TransportSettings &settings, const Transport &status);
};

} // namespace slp
