#include "ssh/SshSessionContext.h"

namespace slp {

QString SshSessionContext::libsshError() const
{
    return session ? QString::fromUtf8(ssh_get_error(session)) : QString();
}

SshError SshSessionContext::cancelledError(const QString &doing) const
{
    return SshError::make(SshErrorKind::Cancelled, SshPhase::None,
                          QStringLiteral("Cancelled while %1 on %2.").arg(doing, target.displayName()));
}

SshError SshSessionContext::timeoutError(SshPhase phase, int budgetMs, const QString &doing) const
{
    return SshError::make(SshErrorKind::Timeout, phase,
                          QStringLiteral("%1 did not answer within %2 s during %3 (%4).")
                              .arg(target.displayName())
                              .arg(budgetMs / 1000.0)
                              .arg(SshError::phaseWords(phase), doing));
}

SshError SshSessionContext::failure(SshErrorKind kind, SshPhase phase, const QString &doing) const
{
    if (guard.wasCancelled())
        return cancelledError(doing);
    if (const auto timedOut = guard.timedOutPhase())
        return timeoutError(*timedOut, m_armedBudgetMs, doing);
    QString detail = libsshError();
    // libssh reports a connection the router closed as "Success" (errno 0) or not at all.
    if (detail.isEmpty() || detail == u"Success")
        detail = QStringLiteral("the router closed the connection");
    return SshError::make(kind, phase,
                          QStringLiteral("%1 failed while %2: %3").arg(target.displayName(), doing, detail));
}

} // namespace slp
