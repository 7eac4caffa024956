#include "ssh/SshChannelReader.h"

#include "ssh/SshSessionContext.h"

#include <poll.h>

namespace slp {

namespace {
constexpr int pollSliceMs = 50;
constexpr int readChunk = 64 * 1024;
} // namespace

SshChannelReader::SshChannelReader(SshSessionContext &context, ssh_channel channel, const QElapsedTimer &commandTimer,
                                   const QString &command)
    : m_context(context)
    , m_channel(channel)
    , m_commandTimer(commandTimer)
    , m_command(command)
{
    m_idleTimer.start();
}

int SshChannelReader::drain(int isStderr, QByteArray *into)
{
    int total = 0;
    for (;;) {
        char buffer[readChunk];
        const int count = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, isStderr);
        if (count > 0) {
            into->append(buffer, count);
            total += count;
            if (qint64(m_stdout.size() + m_stderr.size()) > m_context.options.maxOutputBytes)
                return total;
            continue;
        }
        if (count == 0)
            return total;
        return total > 0 ? total : count; // SSH_EOF or SSH_ERROR
    }
}

bool SshChannelReader::waitReadable() const
{
    pollfd descriptor {m_context.fd, POLLIN, 0};
    return ::poll(&descriptor, 1, pollSliceMs) > 0;
}

SshError SshChannelReader::checkLimits() const
{
    const SshTimeouts &timeouts = m_context.options.timeouts;
    if (m_context.cancel.isCancelled())
        return m_context.cancelledError(QStringLiteral("running '%1'").arg(m_command));
    if (qint64(m_stdout.size() + m_stderr.size()) > m_context.options.maxOutputBytes)
        return SshError::make(SshErrorKind::OutputTooLarge, SshPhase::Command,
                              QStringLiteral("'%1' on %2 produced more than %3 bytes of output; it was stopped and "
                                             "its output dropped.")
                                  .arg(m_command, m_context.target.displayName())
                                  .arg(m_context.options.maxOutputBytes));
    if (m_commandTimer.elapsed() > timeouts.commandMs)
        return m_context.timeoutError(SshPhase::Command, timeouts.commandMs,
                                      QStringLiteral("'%1' did not finish").arg(m_command));
    if (m_idleTimer.elapsed() > timeouts.idleMs)
        return m_context.timeoutError(SshPhase::Idle, timeouts.idleMs,
                                      QStringLiteral("'%1' sent no output").arg(m_command));
    return {};
}

SshError SshChannelReader::closedError() const
{
    return SshError::make(SshErrorKind::ChannelClosed, SshPhase::Command,
                          QStringLiteral("%1 closed the connection while '%2' was running (%3 bytes received); the "
                                         "partial output was dropped.")
                              .arg(m_context.target.displayName(), m_command)
                              .arg(m_stdout.size()));
}

SshError SshChannelReader::readUntil(const std::function<bool(const QByteArray &)> &done, bool untilEof)
{
    for (;;) {
        const int out = drain(0, &m_stdout);
        const int err = drain(1, &m_stderr);
        if (out > 0 || err > 0)
            m_idleTimer.restart();
        if (const SshError limit = checkLimits(); !limit.ok())
            return limit;
        if (out > 0 && done && done(m_stdout))
            return {};
        if (out == SSH_ERROR || err == SSH_ERROR)
            return closedError();
        const bool atEof = out == SSH_EOF || ssh_channel_is_eof(m_channel) || ssh_channel_is_closed(m_channel);
        if (atEof && out <= 0 && err <= 0) {
            if (untilEof)
                return {};
            return closedError();
        }
        if (out <= 0 && err <= 0)
            waitReadable();
    }
}

std::optional<int> SshChannelReader::exitStatus(SshError *error)
{
    // libssh stops processing packets for ssh_channel_poll() once EOF is seen, so the exit status and
    // the close that follow EOF are only read by the blocking call; the guard bounds it.
    const SshTimeouts &timeouts = m_context.options.timeouts;
    const int budget
        = int(qMax<qint64>(1000, qMin<qint64>(qint64(timeouts.commandMs) - m_commandTimer.elapsed(), timeouts.idleMs)));
    const int status
        = m_context.guarded(SshPhase::Command, budget, [this] { return ssh_channel_get_exit_status(m_channel); });
    if (m_context.guard.interrupted()) {
        *error = m_context.failure(SshErrorKind::ChannelClosed, SshPhase::Command,
                                   QStringLiteral("waiting for the exit status of '%1'").arg(m_command));
        return std::nullopt;
    }
    if (status < 0)
        return std::nullopt;
    return status;
}

} // namespace slp
