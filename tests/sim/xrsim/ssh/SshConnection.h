#pragma once

#include <QByteArray>
#include <QString>
#include <atomic>
#include <libssh/callbacks.h>
#include <libssh/server.h>
#include <memory>
#include <vector>

namespace slp::xrsim {

class ChannelHandler;
class RouterEndpoint;

// One SSH connection to a router, served on its own thread: key exchange, authentication (password,
// keyboard-interactive, public key) and the session channels, all driven by one libssh event loop.
class SshConnection
{
public:
    SshConnection(RouterEndpoint &endpoint, ssh_session session, const std::atomic<bool> &serverStopping);
    ~SshConnection();
    SshConnection(const SshConnection &) = delete;
    SshConnection &operator=(const SshConnection &) = delete;

    void run();

    RouterEndpoint &endpoint() { return m_endpoint; }
    ssh_session session() { return m_session; }
    // A fault asked for the TCP connection to drop.
    void dropConnection() { m_dropRequested = true; }

private:
    static int onPassword(ssh_session session, const char *user, const char *password, void *self);
    static int onPublicKey(ssh_session session, const char *user, ssh_key key, char state, void *self);
    static int onMessage(ssh_session session, ssh_message message, void *self);
    static ssh_channel onChannelOpen(ssh_session session, void *self);

    int judge(const char *user, bool credentialsMatch);
    void handleKeyboardInteractive(ssh_message message);

    RouterEndpoint &m_endpoint;
    ssh_session m_session;
    const std::atomic<bool> &m_serverStopping;
    ssh_server_callbacks_struct m_callbacks {};
    std::vector<std::unique_ptr<ChannelHandler>> m_channels;
    bool m_authenticated = false;
    int m_failedAttempts = 0;
    bool m_dropRequested = false;
    QByteArray m_keyboardInteractiveUser;
};

} // namespace slp::xrsim
