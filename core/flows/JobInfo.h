#pragma once

#include "JobProgress.h"
#include "store/JobRecord.h"

namespace slp {

// A job as `slpctl jobs list` and the GUI's job history show it.
struct JobInfo
{
    JobRecord record;
    JobProgress progress; // from the stored steps (or the live job)
    bool live = false; // running in this process right now
    // Pending or running in the store, but no process works on it (crash, kill -9, power loss):
    // JobManager::resume() can pick it up.
    bool interrupted = false;
};

} // namespace slp
