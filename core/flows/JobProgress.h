#pragma once

#include <QMetaType>

namespace slp {

// How far a job is: devices per step state. `done()` counts devices whose step will not change any
// more in this run (succeeded, failed, cancelled, skipped).
struct JobProgress
{
    int total = 0;
    int pending = 0;
    int running = 0;
    int succeeded = 0;
    int failed = 0;
    int cancelled = 0;
    int skipped = 0;

    int done() const { return succeeded + failed + cancelled + skipped; }
    // 0..100, for a progress bar; 100 for a job without devices.
    int percent() const { return total == 0 ? 100 : done() * 100 / total; }

    bool operator==(const JobProgress &) const = default;
};

} // namespace slp

Q_DECLARE_METATYPE(slp::JobProgress)
