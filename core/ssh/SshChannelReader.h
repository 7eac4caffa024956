#pragma once

#include "ssh/SshError.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <functional>
#include <optional>

#include <libssh/libssh.h>

namespace slp {

struct SshSessionContext;

// Reads a channel in short slices (poll the socket 50 ms, then non-blocking reads) so that cancel,
// the per-command timeout, the idle timeout and the output size limit are all checked while
// output trickles in. Used by the exec runner and the interactive shell.
class SshChannelReader
{
public:
    // `commandTimer` runs since the command started (the command timeout counts from there).
    SshChannelReader(SshSessionContext &context, ssh_channel channel, const QElapsedTimer &commandTimer,
                     const QString &command);

    // Reads until `done(stdoutSoFar)` is true (checked after every chunk), or until end of file when
    // `untilEof` is set. End of file or a closed connection before `done` is a ChannelClosed error.
    SshError readUntil(const std::function<bool(const QByteArray &)> &done, bool untilEof);

    // After end of file: the exit status the router reported, or nullopt when it closed the channel
    // without one. Blocks in libssh (ssh_channel_get_exit_status) under the watchdog, bounded by the
    // command and idle timeouts.
    std::optional<int> exitStatus(SshError *error);

    QByteArray &standardOutput() { return m_stdout; }
    QByteArray &standardError() { return m_stderr; }

private:
    // Reads what is there now; returns bytes read, 0 for nothing, or <0 at EOF / on error.
    int drain(int isStderr, QByteArray *into);
    SshError checkLimits() const;
    SshError closedError() const;
    bool waitReadable() const;

    SshSessionContext &m_context;
    ssh_channel m_channel;
    const QElapsedTimer &m_commandTimer;
    QString m_command;
    QElapsedTimer m_idleTimer;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

} // namespace slp
