#pragma once

#include "ssh/SshCancelFlag.h"
#include "ssh/SshError.h"
#include "ssh/SshIoGuard.h"
#include "ssh/SshSessionOptions.h"
#include "ssh/SshTarget.h"

#include <libssh/libssh.h>

namespace slp {

// What the parts of one session (auth, exec, shell, SFTP) share: the libssh handle, the socket, the
// guard that bounds blocking calls, the target and the options. Lives inside SshSession's worker.
struct SshSessionContext
{
    SshSessionContext(const SshTarget &sessionTarget, const SshSessionOptions &sessionOptions,
                      const SshCancelFlag &cancelFlag)
        : target(sessionTarget)
        , options(sessionOptions)
        , cancel(cancelFlag)
        , guard(cancelFlag)
    { }

    const SshTarget &target;
    const SshSessionOptions &options;
    SshCancelFlag cancel;
    SshIoGuard guard;
    ssh_session session = nullptr;
    int fd = -1;

    // Runs a blocking libssh call with the watchdog armed for `phase` and `budgetMs`.
    template<typename Call> auto guarded(SshPhase phase, int budgetMs, Call call)
    {
        m_armedBudgetMs = budgetMs;
        guard.arm(phase, budgetMs);
        auto result = call();
        guard.disarm();
        return result;
    }

    // The error after a libssh call failed: cancelled or timed out (when the guard interrupted it),
    // otherwise `kind` with libssh's own explanation. `doing` completes "... while <doing>".
    SshError failure(SshErrorKind kind, SshPhase phase, const QString &doing) const;
    SshError cancelledError(const QString &doing) const;
    SshError timeoutError(SshPhase phase, int budgetMs, const QString &doing) const;
    QString libsshError() const;

private:
    int m_armedBudgetMs = 0;
};

} // namespace slp
