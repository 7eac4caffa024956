#pragma once

#include "ssh/SshCancelFlag.h"
#include "ssh/SshError.h"

#include <chrono>
#include <mutex>
#include <optional>

namespace slp {

// Makes blocking libssh calls (key exchange, auth, channel requests, SFTP) cancellable and bounded.
// Before such a call the session arms the guard with a phase and a time budget; the SshWatchdog
// thread checks every armed guard a few dozen times a second and, when the budget is spent or the
// cancel flag is set, shuts the session's socket down. The blocked call then fails at once and the
// session reports why (timeout in which phase, or cancelled) instead of libssh's socket error.
class SshIoGuard
{
public:
    explicit SshIoGuard(const SshCancelFlag &cancel);
    ~SshIoGuard();
    SshIoGuard(const SshIoGuard &) = delete;
    SshIoGuard &operator=(const SshIoGuard &) = delete;

    // Watch `socketFd` from now on (the fd stays owned by the session).
    void attach(int socketFd);
    // Stop watching; must happen before the socket is closed so that no shutdown hits a reused fd.
    void detach();

    void arm(SshPhase phase, int budgetMs);
    void disarm();

    // Why the socket was shut down, if it was.
    bool wasCancelled() const;
    std::optional<SshPhase> timedOutPhase() const;
    bool interrupted() const { return wasCancelled() || timedOutPhase().has_value(); }

    // Watchdog side: shut the socket down when cancelled or past the deadline.
    void check(std::chrono::steady_clock::time_point now);

private:
    enum class Fired { No, Cancel, Timeout };

    SshCancelFlag m_cancel;
    mutable std::mutex m_mutex;
    int m_fd = -1;
    bool m_watched = false;
    std::optional<std::chrono::steady_clock::time_point> m_deadline;
    SshPhase m_phase = SshPhase::None;
    Fired m_fired = Fired::No;
    SshPhase m_firedPhase = SshPhase::None;
};

} // namespace slp
