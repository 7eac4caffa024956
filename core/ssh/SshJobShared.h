#pragma once

#include "ssh/SshCancelFlag.h"
#include "ssh/SshJobSpec.h"

#include <QMetaObject>

#include <condition_variable>
#include <mutex>
#include <optional>

namespace slp {

class SshJob;

// State shared by an SshJob (caller's thread) and the runnable executing it (worker thread). The
// worker reaches the job only through `job` under `mutex`, so a job deleted early is never touched.
struct SshJobShared
{
    explicit SshJobShared(const SshJobSpec &jobSpec)
        : spec(jobSpec)
    { }

    const SshJobSpec spec;
    SshCancelFlag cancel;
    std::mutex mutex;
    std::condition_variable answered;
    std::optional<bool> hostKeyAnswer;
    SshJob *job = nullptr;

    // Runs `call` on the job's thread if the job still exists.
    template<typename Call> void post(Call call)
    {
        const std::lock_guard lock(mutex);
        if (job)
            QMetaObject::invokeMethod(job, call, Qt::QueuedConnection);
    }
};

} // namespace slp
