#include "ssh/SshIoGuard.h"

#include "ssh/SshLog.h"
#include "ssh/SshWatchdog.h"

#include <sys/socket.h>

namespace slp {

SshIoGuard::SshIoGuard(const SshCancelFlag &cancel)
    : m_cancel(cancel)
{ }

SshIoGuard::~SshIoGuard()
{
    detach();
}

void SshIoGuard::attach(int socketFd)
{
    {
        const std::lock_guard lock(m_mutex);
        m_fd = socketFd;
        m_watched = true;
    }
    SshWatchdog::instance().watch(this);
}

void SshIoGuard::detach()
{
    bool watched = false;
    {
        const std::lock_guard lock(m_mutex);
        watched = m_watched;
        m_watched = false;
    }
    // Unwatch without holding our own mutex: the watchdog takes its lock first, then ours.
    if (watched)
        SshWatchdog::instance().unwatch(this);
    const std::lock_guard lock(m_mutex);
    m_fd = -1;
}

void SshIoGuard::arm(SshPhase phase, int budgetMs)
{
    const std::lock_guard lock(m_mutex);
    m_phase = phase;
    m_deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(budgetMs);
}

void SshIoGuard::disarm()
{
    const std::lock_guard lock(m_mutex);
    m_deadline.reset();
}

bool SshIoGuard::wasCancelled() const
{
    const std::lock_guard lock(m_mutex);
    return m_fired == Fired::Cancel;
}

std::optional<SshPhase> SshIoGuard::timedOutPhase() const
{
    const std::lock_guard lock(m_mutex);
    if (m_fired == Fired::Timeout)
        return m_firedPhase;
    return std::nullopt;
}

void SshIoGuard::check(std::chrono::steady_clock::time_point now)
{
    const std::lock_guard lock(m_mutex);
    if (m_fd < 0 || m_fired != Fired::No || !m_deadline)
        return;
    if (m_cancel.isCancelled()) {
        m_fired = Fired::Cancel;
    } else if (now >= *m_deadline) {
        m_fired = Fired::Timeout;
        m_firedPhase = m_phase;
    } else {
        return;
    }
    qCDebug(lcSsh) << "interrupting a blocked SSH call:" << (m_fired == Fired::Cancel ? "cancelled" : "timeout in")
                   << SshError::phaseName(m_phase);
    ::shutdown(m_fd, SHUT_RDWR);
}

} // namespace slp
