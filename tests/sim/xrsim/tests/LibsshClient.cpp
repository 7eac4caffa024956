#include "LibsshClient.h"

namespace slp::xrsim::test {

LibsshClient::LibsshClient()
    : m_session(ssh_new())
{ }

LibsshClient::~LibsshClient()
{
    ssh_disconnect(m_session);
    ssh_free(m_session);
}

bool LibsshClient::connect(const QString &host, int port)
{
    const QByteArray hostBytes = host.toLatin1();
    const unsigned int portValue = static_cast<unsigned int>(port);
    long timeout = 15;
    ssh_options_set(m_session, SSH_OPTIONS_HOST, hostBytes.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &portValue);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeout);
    // Host keys are checked against the ready file's fingerprint, not a known_hosts file.
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, "/dev/null");
    int no = 0;
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &no);
    return ssh_connect(m_session) == SSH_OK;
}

QString LibsshClient::serverFingerprint() const
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK)
        return {};
    unsigned char *hash = nullptr;
    size_t length = 0;
    QString result;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) == SSH_OK) {
        result = QStringLiteral("SHA256:")
            + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), static_cast<qsizetype>(length))
                                      .toBase64(QByteArray::OmitTrailingEquals));
        ssh_clean_pubkey_hash(&hash);
    }
    ssh_key_free(key);
    return result;
}

QString LibsshClient::serverBanner() const
{
    const char *banner = ssh_get_serverbanner(m_session);
    return banner ? QString::fromLatin1(banner) : QString();
}

bool LibsshClient::authenticatePassword(const QString &user, const QString &password)
{
    ssh_options_set(m_session, SSH_OPTIONS_USER, user.toUtf8().constData());
    return ssh_userauth_password(m_session, nullptr, password.toUtf8().constData()) == SSH_AUTH_SUCCESS;
}

bool LibsshClient::authenticateKeyFile(const QString &user, const QString &privateKeyPath)
{
    ssh_options_set(m_session, SSH_OPTIONS_USER, user.toUtf8().constData());
    ssh_key key = nullptr;
    if (ssh_pki_import_privkey_file(privateKeyPath.toUtf8().constData(), nullptr, nullptr, nullptr, &key) != SSH_OK)
        return false;
    const int rc = ssh_userauth_publickey(m_session, nullptr, key);
    ssh_key_free(key);
    return rc == SSH_AUTH_SUCCESS;
}

LibsshClient::Exec LibsshClient::exec(const QString &command, const QByteArray &input, int timeoutMs)
{
    Exec result;
    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel)
        return result;
    if (ssh_channel_open_session(channel) != SSH_OK
        || ssh_channel_request_exec(channel, command.toUtf8().constData()) != SSH_OK) {
        ssh_channel_free(channel);
        return result;
    }
    if (!input.isEmpty())
        ssh_channel_write(channel, input.constData(), static_cast<uint32_t>(input.size()));
    ssh_channel_send_eof(channel);
    char buffer[16384];
    for (;;) {
        const int n = ssh_channel_read_timeout(channel, buffer, sizeof buffer, 0, timeoutMs);
        if (n == SSH_ERROR) {
            ssh_channel_free(channel);
            return result;
        }
        if (n <= 0)
            break;
        result.out.append(buffer, n);
        result.chunks.append(n);
    }
    result.eof = ssh_channel_is_eof(channel) != 0;
    // Waiting for an exit status only makes sense once the output ended (it would block otherwise).
    result.exitStatus = result.eof ? ssh_channel_get_exit_status(channel) : -1;
    result.ok = true;
    ssh_channel_close(channel);
    ssh_channel_free(channel);
    return result;
}

QString LibsshClient::error() const
{
    return QString::fromUtf8(ssh_get_error(m_session));
}

} // namespace slp::xrsim::test
