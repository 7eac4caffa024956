#include "ssh/SshSession.h"

#include "ssh/ExecCommandRunner.h"
#include "ssh/SftpClient.h"
#include "ssh/ShellCommandRunner.h"
#include "ssh/SshAuthenticator.h"
#include "ssh/SshCommandRedactor.h"
#include "ssh/SshHostKeyVerifier.h"
#include "ssh/SshLog.h"
#include "ssh/SshSessionContext.h"
#include "ssh/TcpConnector.h"

#include <QDir>
#include <QFileInfo>

#include <unistd.h>

namespace slp {

SshSession::SshSession(const SshTarget &target, const SshSessionOptions &options, const SshCancelFlag &cancel,
                       SshHostKeyDecider hostKeyDecider)
    : m_target(target)
    , m_options(options)
    , m_hostKeyDecider(std::move(hostKeyDecider))
    , m_context(std::make_unique<SshSessionContext>(m_target, m_options, cancel))
{ }

SshSession::~SshSession()
{
    close();
}

SshError SshSession::remember(const SshError &error)
{
    if (error.ok())
        return error;
    const bool connectionGone = !m_context->session || m_context->guard.interrupted()
        || !ssh_is_connected(m_context->session) || error.kind == SshErrorKind::Cancelled;
    if (connectionGone && m_broken.ok())
        m_broken = error;
    return error;
}

SshError SshSession::configure()
{
    SshSessionContext &context = *m_context;
    const QByteArray host = m_target.host.toUtf8();
    const QByteArray user = m_target.username.toUtf8();
    const QByteArray knownHosts = QFile::encodeName(m_options.knownHostsPath);
    // libssh expands defaults (identity files, ~/.ssh/known_hosts) relative to its "ssh dir": point it at
    // the application's folder so that nothing under ~/.ssh is ever read or written.
    const QByteArray sshDir = QFile::encodeName(QFileInfo(m_options.knownHostsPath).absolutePath());
    const unsigned int port = m_target.port;
    const bool processConfig = false; // never read ~/.ssh/config or /etc/ssh/ssh_config
    const long timeoutSeconds = qMax(1, m_options.timeouts.connectMs / 1000);
    const int verbosity = SSH_LOG_NOLOG;
    socket_t fd = context.fd;
    const bool configured = ssh_options_set(context.session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig) == 0
        && ssh_options_set(context.session, SSH_OPTIONS_LOG_VERBOSITY, &verbosity) == 0
        && ssh_options_set(context.session, SSH_OPTIONS_HOST, host.constData()) == 0
        && ssh_options_set(context.session, SSH_OPTIONS_PORT, &port) == 0
        && ssh_options_set(context.session, SSH_OPTIONS_USER, user.constData()) == 0
        && ssh_options_set(context.session, SSH_OPTIONS_SSH_DIR, sshDir.constData()) == 0
        && ssh_options_set(context.session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData()) == 0
        && ssh_options_set(context.session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, knownHosts.constData()) == 0
        && ssh_options_set(context.session, SSH_OPTIONS_TIMEOUT, &timeoutSeconds) == 0
        && ssh_options_set(context.session, SSH_OPTIONS_FD, &fd) == 0;
    if (!configured)
        return context.failure(SshErrorKind::ProtocolError, SshPhase::Connect,
                               QStringLiteral("setting the connection options"));
    if (m_target.credentials.useAgent && !m_target.credentials.agentSocketPath.isEmpty()) {
        const QByteArray agent = QFile::encodeName(m_target.credentials.agentSocketPath);
        ssh_options_set(context.session, SSH_OPTIONS_IDENTITY_AGENT, agent.constData());
    }
    return {};
}

SshError SshSession::open()
{
    SshSessionContext &context = *m_context;
    if (!m_broken.ok())
        return m_broken;
    if (m_open)
        return {};
    if (m_options.knownHostsPath.isEmpty())
        return m_broken
            = SshError::make(SshErrorKind::HostKeyStoreError, SshPhase::HostKey,
                             QStringLiteral("No known hosts file is configured for %1.").arg(m_target.displayName()));
    qCDebug(lcSsh) << "connecting to" << m_target.displayName() << "as" << m_target.username;
    const TcpConnector::Result tcp = TcpConnector::connect(m_target.host, m_target.port, m_options.timeouts.connectMs,
                                                           context.cancel, m_target.displayName());
    if (!tcp.error.ok())
        return m_broken = tcp.error;
    context.fd = tcp.fd;
    context.session = ssh_new();
    if (!context.session) {
        ::close(context.fd);
        context.fd = -1;
        return m_broken = SshError::make(SshErrorKind::ProtocolError, SshPhase::Connect,
                                         QStringLiteral("Cannot create an SSH session (out of memory?)."));
    }
    context.guard.attach(context.fd);
    if (const SshError error = configure(); !error.ok())
        return m_broken = error;

    // From ssh_connect() on, libssh owns the socket and closes it (also when the handshake fails).
    m_socketOwnedByLibssh = true;
    const int connected = context.guarded(SshPhase::KeyExchange, m_options.timeouts.connectMs,
                                          [&] { return ssh_connect(context.session); });
    if (connected != SSH_OK) {
        context.guard.detach();
        const bool noGreeting = ssh_get_serverbanner(context.session) == nullptr;
        if (context.guard.timedOutPhase() && noGreeting)
            return m_broken
                = context.timeoutError(SshPhase::Connect, m_options.timeouts.connectMs,
                                       QStringLiteral("the port accepted the connection but no SSH server greeted"));
        return m_broken = context.failure(SshErrorKind::ProtocolError, SshPhase::KeyExchange,
                                          QStringLiteral("setting up the encrypted connection"));
    }

    const SshHostKeyVerifier::Outcome verified = SshHostKeyVerifier::verify(context, m_hostKeyDecider);
    m_hostKey = verified.key;
    m_hostKeyAdded = verified.added;
    if (!verified.error.ok())
        return m_broken = verified.error;

    if (const SshError error = SshAuthenticator(context).authenticate(); !error.ok())
        return m_broken = error;
    m_open = true;
    qCDebug(lcSsh) << "logged in to" << m_target.displayName();
    return {};
}

SshCommandResult SshSession::runInShell(const QString &command, const QStringList &answers)
{
    if (!m_shell) {
        auto shell = std::make_unique<ShellCommandRunner>(*m_context);
        if (const SshError error = shell->start(); !error.ok()) {
            SshCommandResult failed;
            failed.viaShell = true;
            failed.error = remember(error);
            return failed;
        }
        m_shell = std::move(shell);
    }
    SshCommandResult result = m_shell->run(command, answers);
    if (!result.ok()) {
        remember(result.error);
        // The shell is in an unknown state (the command may still be running): start afresh next time.
        m_shell.reset();
    }
    return result;
}

SshCommandResult SshSession::run(const QString &command, const QStringList &answers, bool inShell)
{
    SshCommandResult result;
    result.error = m_open ? m_broken : open();
    if (!result.error.ok())
        return result;
    qCDebug(lcSsh) << "running" << SshCommandRedactor::forDisplay(command) << "on" << m_target.displayName();
    const bool useShell = inShell || m_options.commandMode == SshCommandMode::ShellOnly || m_execRefused;
    if (useShell)
        return runInShell(command, answers);
    bool refused = false;
    result = ExecCommandRunner::run(*m_context, command, answers, &refused);
    if (refused && m_options.commandMode == SshCommandMode::Auto) {
        qCInfo(lcSsh) << m_target.displayName() << "denies exec channels; using an interactive shell";
        m_execRefused = true;
        return runInShell(command, answers);
    }
    remember(result.error);
    return result;
}

SshError SshSession::ensureSftp()
{
    if (const SshError error = m_open ? m_broken : open(); !error.ok())
        return error;
    if (m_sftp)
        return {};
    auto sftp = std::make_unique<SftpClient>(*m_context);
    if (const SshError error = sftp->start(); !error.ok())
        return remember(error);
    m_sftp = std::move(sftp);
    return {};
}

SshTransferResult SshSession::download(const QString &remotePath, const QString &localPath, qint64 maxBytes)
{
    SshTransferResult result;
    result.error = ensureSftp();
    if (result.error.ok())
        result = m_sftp->download(remotePath, localPath, maxBytes);
    remember(result.error);
    return result;
}

SshTransferResult SshSession::upload(const QString &localPath, const QString &remotePath)
{
    SshTransferResult result;
    result.error = ensureSftp();
    if (result.error.ok())
        result = m_sftp->upload(localPath, remotePath);
    remember(result.error);
    return result;
}

SshTransferResult SshSession::remove(const QString &remotePath)
{
    SshTransferResult result;
    result.error = ensureSftp();
    if (result.error.ok())
        result = m_sftp->remove(remotePath);
    remember(result.error);
    return result;
}

void SshSession::close()
{
    SshSessionContext &context = *m_context;
    m_shell.reset();
    m_sftp.reset();
    // Stop the watchdog from touching the socket before libssh closes it (the number could be reused).
    context.guard.detach();
    if (context.session) {
        if (!context.guard.interrupted() && ssh_is_connected(context.session))
            ssh_disconnect(context.session);
        ssh_free(context.session);
        context.session = nullptr;
    }
    if (context.fd >= 0 && !m_socketOwnedByLibssh)
        ::close(context.fd);
    context.fd = -1;
    if (m_open && m_broken.ok())
        m_broken = SshError::make(SshErrorKind::ChannelClosed, SshPhase::None,
                                  QStringLiteral("The connection to %1 was closed.").arg(m_target.displayName()));
    m_open = false;
}

} // namespace slp
