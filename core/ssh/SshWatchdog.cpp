#include "ssh/SshWatchdog.h"

#include "ssh/SshIoGuard.h"

namespace slp {

namespace {
constexpr auto checkInterval = std::chrono::milliseconds(20);
}

SshWatchdog &SshWatchdog::instance()
{
    static SshWatchdog watchdog;
    return watchdog;
}

SshWatchdog::SshWatchdog()
    : m_thread([this] { run(); })
{ }

SshWatchdog::~SshWatchdog()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wakeUp.notify_all();
    m_thread.join();
}

void SshWatchdog::watch(SshIoGuard *guard)
{
    {
        const std::lock_guard lock(m_mutex);
        m_guards.insert(guard);
    }
    m_wakeUp.notify_all();
}

void SshWatchdog::unwatch(SshIoGuard *guard)
{
    // Taking the registry lock also waits for a check of this guard in progress to end.
    const std::lock_guard lock(m_mutex);
    m_guards.erase(guard);
}

void SshWatchdog::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (m_guards.empty()) {
            m_wakeUp.wait(lock, [this] { return m_stopping || !m_guards.empty(); });
            continue;
        }
        const auto now = std::chrono::steady_clock::now();
        for (SshIoGuard *guard : m_guards)
            guard->check(now);
        m_wakeUp.wait_for(lock, checkInterval, [this] { return m_stopping; });
    }
}

} // namespace slp
