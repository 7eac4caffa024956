#include "ExecDenyingServer.h"

#include <QFile>

#include <libssh/libssh.h>
#include <libssh/server.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace slp::test {

namespace {

void writeText(ssh_channel channel, const QByteArray &text)
{
    ssh_channel_write(channel, text.constData(), uint32_t(text.size()));
}

// The shell: echo what is typed, answer "show version" like IOS XR, prompt after every line.
void runShell(ssh_channel channel)
{
    writeText(channel, "\r\n\r\n" + ExecDenyingServer::prompt.toUtf8());
    QByteArray line;
    char buffer[256];
    for (;;) {
        const int count = ssh_channel_read_timeout(channel, buffer, sizeof buffer, 0, 5000);
        if (count <= 0)
            return;
        for (int i = 0; i < count; ++i) {
            const char c = buffer[i];
            if (c != '\n' && c != '\r') {
                line.append(c);
                continue;
            }
            writeText(channel, line + "\r\n");
            if (line.trimmed() == "exit")
                return;
            if (line.trimmed() == "show version")
                writeText(channel,
                          "Tue Mar 19 16:48:28.589 UTC\r\n" + ExecDenyingServer::versionLine.toUtf8() + "\r\n");
            writeText(channel, ExecDenyingServer::prompt.toUtf8());
            line.clear();
        }
    }
}

} // namespace

ExecDenyingServer::ExecDenyingServer() = default;

ExecDenyingServer::~ExecDenyingServer()
{
    m_stopping = true;
    if (m_thread.joinable())
        m_thread.join();
}

bool ExecDenyingServer::start(QString *error)
{
    const QString keyPath = m_dir.filePath(QStringLiteral("host_key"));
    ssh_key key = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &key) != SSH_OK
        || ssh_pki_export_privkey_file(key, nullptr, nullptr, nullptr, QFile::encodeName(keyPath).constData())
            != SSH_OK) {
        *error = QStringLiteral("cannot create a host key");
        ssh_key_free(key);
        return false;
    }
    ssh_key_free(key);
    ssh_bind bind = ssh_bind_new();
    const unsigned int anyPort = 0;
    const QByteArray keyFile = QFile::encodeName(keyPath);
    ssh_bind_options_set(bind, SSH_BIND_OPTIONS_BINDADDR, "127.0.0.1");
    ssh_bind_options_set(bind, SSH_BIND_OPTIONS_BINDPORT, &anyPort);
    ssh_bind_options_set(bind, SSH_BIND_OPTIONS_HOSTKEY, keyFile.constData());
    if (ssh_bind_listen(bind) != SSH_OK) {
        *error = QString::fromUtf8(ssh_get_error(bind));
        ssh_bind_free(bind);
        return false;
    }
    sockaddr_in address {};
    socklen_t length = sizeof address;
    getsockname(ssh_bind_get_fd(bind), reinterpret_cast<sockaddr *>(&address), &length);
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this, bind] { serve(bind); });
    return true;
}

void ExecDenyingServer::serve(void *bindHandle)
{
    auto bind = static_cast<ssh_bind>(bindHandle);
    ssh_session session = ssh_new();
    if (ssh_bind_accept(bind, session) == SSH_OK && ssh_handle_key_exchange(session) == SSH_OK) {
        ssh_set_auth_methods(session, SSH_AUTH_METHOD_PASSWORD);
        // libssh's message loop may not notice a client that disconnected: wake up every second to
        // check, so that the destructor's join never hangs.
        const long wakeUpSeconds = 1;
        ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &wakeUpSeconds);
        ssh_channel shellChannel = nullptr;
        while (!shellChannel && !m_stopping) {
            ssh_message message = ssh_message_get(session);
            if (!message) {
                if (ssh_is_connected(session) && ssh_get_error_code(session) == SSH_NO_ERROR)
                    continue;
                break;
            }
            const int type = ssh_message_type(message);
            const int subtype = ssh_message_subtype(message);
            // Any password logs in (reading it needs an API deprecated in libssh 0.10); this server
            // tests command fallback, not authentication.
            if (type == SSH_REQUEST_AUTH && subtype == SSH_AUTH_METHOD_PASSWORD) {
                ssh_message_auth_reply_success(message, 0);
            } else if (type == SSH_REQUEST_CHANNEL_OPEN && subtype == SSH_CHANNEL_SESSION) {
                ssh_message_channel_request_open_reply_accept(message);
            } else if (type == SSH_REQUEST_CHANNEL && subtype == SSH_CHANNEL_REQUEST_PTY) {
                ssh_message_channel_request_reply_success(message);
            } else if (type == SSH_REQUEST_CHANNEL && subtype == SSH_CHANNEL_REQUEST_SHELL) {
                ssh_message_channel_request_reply_success(message);
                shellChannel = ssh_message_channel_request_channel(message);
            } else {
                if (type == SSH_REQUEST_CHANNEL && subtype == SSH_CHANNEL_REQUEST_EXEC)
                    ++m_deniedExec;
                ssh_message_reply_default(message); // a failure: what an exec-denying router answers
            }
            ssh_message_free(message);
        }
        if (shellChannel)
            runShell(shellChannel);
    }
    ssh_disconnect(session);
    ssh_free(session);
    ssh_bind_free(bind);
}

} // namespace slp::test
