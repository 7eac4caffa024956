#pragma once

#include <QString>
#include <optional>

namespace slp::xrsim {

// Times in fleet files: ISO 8601 UTC ("2024-03-19T14:20:59Z") or relative to the simulated clock at first
// boot ("now", "now-20d", "now+3h", units s/m/h/d). Relative times keep the demo lab meaningful whatever
// the date it is started on.
std::optional<qint64> parseTimeSpec(const QString &text, qint64 now);

} // namespace slp::xrsim
