#include "ssh/SshPool.h"

#include "ssh/SshJob.h"
#include "ssh/SshJobRunnable.h"
#include "ssh/SshJobShared.h"

#include <algorithm>

namespace slp {

SshPool::SshPool(int maxParallel, QObject *parent)
    : QObject(parent)
    , m_counters(std::make_shared<SshPoolCounters>())
{
    qRegisterMetaType<slp::SshHostKeyQuestion>();
    setMaxParallel(maxParallel);
}

SshPool::~SshPool()
{
    cancelAll();
    m_threads.waitForDone();
}

void SshPool::setMaxParallel(int maxParallel)
{
    m_threads.setMaxThreadCount(std::clamp(maxParallel, 1, maxAllowedParallel));
}

int SshPool::maxParallel() const
{
    return m_threads.maxThreadCount();
}

SshJob *SshPool::start(const SshJobSpec &spec, QObject *parent)
{
    auto shared = std::make_shared<SshJobShared>(spec);
    auto *job = new SshJob(shared, parent ? parent : this);
    {
        const std::lock_guard lock(m_jobsMutex);
        std::erase_if(m_jobs, [](const std::weak_ptr<SshJobShared> &weak) { return weak.expired(); });
        m_jobs.push_back(shared);
    }
    m_threads.start(new SshJobRunnable(std::move(shared), m_counters));
    return job;
}

void SshPool::cancelAll()
{
    const std::lock_guard lock(m_jobsMutex);
    for (const std::weak_ptr<SshJobShared> &weak : m_jobs) {
        if (const auto shared = weak.lock()) {
            shared->cancel.cancel();
            shared->answered.notify_all();
        }
    }
}

int SshPool::runningCount() const
{
    return m_counters->running.load();
}

int SshPool::peakRunningCount() const
{
    return m_counters->peak.load();
}

bool SshPool::waitForDone(int msecs)
{
    return m_threads.waitForDone(msecs);
}

} // namespace slp
