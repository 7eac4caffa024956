#include "SshConnection.h"

#include "ChannelHandler.h"
#include "RouterEndpoint.h"
#include "XrsimLog.h"
#include "router/Router.h"

#include <QDateTime>
#include <algorithm>
#include <cstring>

namespace slp::xrsim {

namespace {

constexpr int kMaxAuthAttempts = 6; // OpenSSH's MaxAuthTries default
constexpr qint64 kLoginGraceMs = 60000;

bool sameSecret(const QString &expected, const char *given)
{
    const QByteArray a = expected.toUtf8();
    const size_t length = std::strlen(given);
    if (expected.isEmpty() || static_cast<size_t>(a.size()) != length)
        return false;
    unsigned char difference = 0;
    for (size_t i = 0; i < length; ++i)
        difference |= static_cast<unsigned char>(a.at(static_cast<qsizetype>(i)) ^ given[i]);
    return difference == 0;
}

} // namespace

SshConnection::SshConnection(RouterEndpoint &endpoint, ssh_session session, const std::atomic<bool> &serverStopping)
    : m_endpoint(endpoint)
    , m_session(session)
    , m_serverStopping(serverStopping)
{ }

SshConnection::~SshConnection()
{
    m_channels.clear();
    ssh_disconnect(m_session);
    ssh_free(m_session);
}

int SshConnection::judge(const char *user, bool credentialsMatch)
{
    const Router &router = m_endpoint.router();
    const bool accepted = credentialsMatch && !router.faults().refuseAuth
        && router.spec().credentials.username == QString::fromUtf8(user);
    if (accepted) {
        m_authenticated = true;
        return SSH_AUTH_SUCCESS;
    }
    ++m_failedAttempts;
    return SSH_AUTH_DENIED;
}

int SshConnection::onPassword(ssh_session, const char *user, const char *password, void *self)
{
    auto *connection = static_cast<SshConnection *>(self);
    return connection->judge(user, sameSecret(connection->m_endpoint.router().spec().credentials.password, password));
}

int SshConnection::onPublicKey(ssh_session, const char *user, ssh_key key, char state, void *self)
{
    auto *connection = static_cast<SshConnection *>(self);
    const bool known = connection->m_endpoint.isAuthorizedKey(key);
    if (state == SSH_PUBLICKEY_STATE_NONE) {
        // A probe: say whether the key would do, without counting it as an attempt.
        const Router &router = connection->m_endpoint.router();
        return known && !router.faults().refuseAuth && router.spec().credentials.username == QString::fromUtf8(user)
            ? SSH_AUTH_SUCCESS
            : SSH_AUTH_DENIED;
    }
    if (state != SSH_PUBLICKEY_STATE_VALID)
        return connection->judge(user, false);
    return connection->judge(user, known);
}

void SshConnection::handleKeyboardInteractive(ssh_message message)
{
    if (!ssh_message_auth_kbdint_is_response(message)) {
        // The response packet does not repeat the user name: remember it from the request.
        m_keyboardInteractiveUser = QByteArray(ssh_message_auth_user(message));
        const char *prompts[] = {"Password: "};
        char echo[] = {0};
        ssh_message_auth_interactive_request(message, "", "", 1, prompts, echo);
        return;
    }
    const bool answered = ssh_userauth_kbdint_getnanswers(m_session) == 1;
    const char *answer = answered ? ssh_userauth_kbdint_getanswer(m_session, 0) : "";
    const int verdict = judge(m_keyboardInteractiveUser.constData(),
                              answered && sameSecret(m_endpoint.router().spec().credentials.password, answer));
    if (verdict == SSH_AUTH_SUCCESS)
        ssh_message_auth_reply_success(message, 0);
    else
        ssh_message_reply_default(message);
}

int SshConnection::onMessage(ssh_session, ssh_message message, void *self)
{
    auto *connection = static_cast<SshConnection *>(self);
    if (ssh_message_type(message) == SSH_REQUEST_AUTH && ssh_message_subtype(message) == SSH_AUTH_METHOD_INTERACTIVE) {
        connection->handleKeyboardInteractive(message);
        return 0;
    }
    return 1; // libssh answers everything else with its default (refusal)
}

ssh_channel SshConnection::onChannelOpen(ssh_session session, void *self)
{
    auto *connection = static_cast<SshConnection *>(self);
    if (!connection->m_authenticated)
        return nullptr;
    ssh_channel channel = ssh_channel_new(session);
    if (!channel)
        return nullptr;
    connection->m_channels.push_back(std::make_unique<ChannelHandler>(*connection, channel));
    return channel;
}

void SshConnection::run()
{
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    long timeoutSeconds = 20;
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeoutSeconds);

    m_callbacks.userdata = this;
    m_callbacks.auth_password_function = &SshConnection::onPassword;
    m_callbacks.auth_pubkey_function = &SshConnection::onPublicKey;
    m_callbacks.channel_open_request_session_function = &SshConnection::onChannelOpen;
    ssh_callbacks_init(&m_callbacks);
    ssh_set_server_callbacks(m_session, &m_callbacks);
    ssh_set_message_callback(m_session, &SshConnection::onMessage, this);
    ssh_set_auth_methods(m_session, SSH_AUTH_METHOD_PUBLICKEY | SSH_AUTH_METHOD_PASSWORD | SSH_AUTH_METHOD_INTERACTIVE);

    if (ssh_handle_key_exchange(m_session) != SSH_OK) {
        qCDebug(lcXrsim, "%s: key exchange failed: %s", qPrintable(m_endpoint.router().spec().hostname),
                ssh_get_error(m_session));
        return;
    }

    ssh_event event = ssh_event_new();
    ssh_event_add_session(event, m_session);
    while (!m_serverStopping.load() && !m_dropRequested) {
        int timeout = 100;
        for (const auto &channel : m_channels)
            timeout = std::min(timeout, channel->millisecondsUntilWork());
        if (ssh_event_dopoll(event, std::max(timeout, 0)) == SSH_ERROR)
            break;
        for (const auto &channel : m_channels)
            channel->pump();
        std::erase_if(m_channels, [](const std::unique_ptr<ChannelHandler> &channel) { return channel->isFinished(); });
        if (!m_authenticated
            && (m_failedAttempts >= kMaxAuthAttempts
                || QDateTime::currentMSecsSinceEpoch() - startedAt > kLoginGraceMs))
            break;
        if (ssh_get_status(m_session) & (SSH_CLOSED | SSH_CLOSED_ERROR))
            break;
    }
    ssh_event_remove_session(event, m_session);
    ssh_event_free(event);
    if (m_dropRequested) {
        // Disconnect mid-output: what was written goes out, then the TCP connection just goes away,
        // without an SSH goodbye.
        ssh_blocking_flush(m_session, 2000);
        for (const auto &channel : m_channels)
            channel->forgetChannel(); // ssh_silent_disconnect frees them
        ssh_silent_disconnect(m_session);
    }
}

} // namespace slp::xrsim
