#pragma once

#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

namespace slp {

class SshIoGuard;

// One process-wide thread that checks the armed SshIoGuards every 20 ms (see SshIoGuard for why).
// It sleeps without waking while no guard is registered.
class SshWatchdog
{
public:
    static SshWatchdog &instance();

    void watch(SshIoGuard *guard);
    void unwatch(SshIoGuard *guard);

    ~SshWatchdog();

private:
    SshWatchdog();
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wakeUp;
    std::set<SshIoGuard *> m_guards;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace slp
