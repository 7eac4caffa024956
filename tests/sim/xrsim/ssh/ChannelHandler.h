#pragma once

#include "fleet/RouterSpec.h"

#include <QByteArray>
#include <QStringList>
#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <memory>

namespace slp::xrsim {

class CliSession;
class SftpServer;
class SshConnection;

// One session channel: exec, interactive shell (with or without PTY) or the SFTP subsystem. Output goes
// through a queue that the connection's loop pumps, which is where the output faults act (slow, stall,
// disconnect, garbage) without ever blocking the loop.
class ChannelHandler
{
public:
    ChannelHandler(SshConnection &connection, ssh_channel channel);
    ~ChannelHandler();
    ChannelHandler(const ChannelHandler &) = delete;
    ChannelHandler &operator=(const ChannelHandler &) = delete;

    // How long the loop may sleep before this channel has something to do.
    int millisecondsUntilWork() const;
    void pump();
    bool isFinished() const { return m_localClosed && m_remoteClosed; }
    // The session is being torn down by libssh, which frees its channels itself: do not touch ours again.
    void forgetChannel() { m_channel = nullptr; }

private:
    enum class Kind { Unknown, Exec, Shell, Sftp };

    static int onPty(ssh_session, ssh_channel, const char *term, int width, int height, int, int, void *self);
    static int onShell(ssh_session, ssh_channel, void *self);
    static int onExec(ssh_session, ssh_channel, const char *command, void *self);
    static int onSubsystem(ssh_session, ssh_channel, const char *subsystem, void *self);
    static int onEnv(ssh_session, ssh_channel, const char *, const char *, void *);
    static int onWindowChange(ssh_session, ssh_channel, int, int, int, int, void *);
    static int onData(ssh_session, ssh_channel, void *data, uint32_t length, int isStderr, void *self);
    static void onEof(ssh_session, ssh_channel, void *self);
    static void onClose(ssh_session, ssh_channel, void *self);

    void queueCommandOutput(const QString &text);
    void queueRaw(const QByteArray &bytes);
    void runShellInput();
    void handlePagerKey(char key);
    void queueNextPage(int lines);
    void runExecAnswer();
    void finishWhenDrained(int exitStatus);
    void closeLocally();
    QByteArray terminalText(const QString &text) const;

    SshConnection &m_connection;
    ssh_channel m_channel;
    ssh_channel_callbacks_struct m_callbacks {};
    Kind m_kind = Kind::Unknown;
    bool m_pty = false;
    int m_ptyHeight = 0;
    std::unique_ptr<CliSession> m_cli;
    std::unique_ptr<SftpServer> m_sftp;

    // Output side
    QByteArray m_output;
    qint64 m_nextWriteMs = 0;
    qint64 m_bytesSent = 0;
    FaultSpec m_faults;
    bool m_finishPending = false;
    int m_exitStatus = 0;

    // Input side
    QByteArray m_input;
    QByteArray m_line;
    bool m_lastWasCarriageReturn = false;
    bool m_clientEof = false;
    bool m_awaitingExecAnswer = false;

    // --More-- paging of the current command's output
    QStringList m_pendingLines;
    bool m_atMorePrompt = false;
    bool m_promptAfterPaging = false;

    bool m_localClosed = false;
    bool m_remoteClosed = false;
};

} // namespace slp::xrsim
