#pragma once

#include "store/JobStates.h"

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

    // Counts one device whose step is in `state` (total included).
    void add(JobStepState state)
    {
        ++total;
        switch (state) {
        case JobStepState::Pending:
            ++pending;
            break;
        case JobStepState::Running:
            ++running;
            break;
        case JobStepState::Succeeded:
            ++succeeded;
            break;
        case JobStepState::Failed:
            ++failed;
            break;
        case JobStepState::Cancelled:
            ++cancelled;
            break;
        case JobStepState::Skipped:
            ++skipped;
            break;
        }
    }

    int done() const { return succeeded + failed + cancelled + skipped; }
    // 0..100, for a progress bar; 100 for a job without devices.
    int percent() const { return total == 0 ? 100 : done() * 100 / total; }

    bool operator==(const JobProgress &) const = default;
};

} // namespace slp

Q_DECLARE_METATYPE(slp::JobProgress)
