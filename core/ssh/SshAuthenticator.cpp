#include "ssh/SshAuthenticator.h"

#include "ssh/SshLog.h"
#include "ssh/SshSessionContext.h"

#include <QFileInfo>

#include <functional>
#include <memory>

namespace slp {

namespace {

constexpr int maxKeyboardInteractiveRounds = 5;

struct KeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};

} // namespace

SshAuthenticator::SshAuthenticator(SshSessionContext &context)
    : m_context(context)
{ }

SshAuthenticator::Attempt SshAuthenticator::classify(int libsshResult) const
{
    switch (libsshResult) {
    case SSH_AUTH_SUCCESS:
        return Attempt::Success;
    case SSH_AUTH_PARTIAL:
        return Attempt::Partial;
    case SSH_AUTH_DENIED:
        return Attempt::Denied;
    default:
        return Attempt::Failed;
    }
}

QString SshAuthenticator::offeredMethods() const
{
    QStringList names;
    if (m_offered & SSH_AUTH_METHOD_PUBLICKEY)
        names << QStringLiteral("publickey");
    if (m_offered & SSH_AUTH_METHOD_INTERACTIVE)
        names << QStringLiteral("keyboard-interactive");
    if (m_offered & SSH_AUTH_METHOD_PASSWORD)
        names << QStringLiteral("password");
    if (m_offered & SSH_AUTH_METHOD_HOSTBASED)
        names << QStringLiteral("hostbased");
    if (m_offered & SSH_AUTH_METHOD_GSSAPI_MIC)
        names << QStringLiteral("gssapi-with-mic");
    return names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "));
}

SshError SshAuthenticator::rejectedError() const
{
    const SshTarget &target = m_context.target;
    QString message;
    if (m_tried.isEmpty())
        message = QStringLiteral("Cannot log in to %1 as '%2': no configured credential fits what the router offers "
                                 "(%3).")
                      .arg(target.displayName(), target.username, offeredMethods());
    else
        message = QStringLiteral("%1 rejected the login as '%2'. Tried: %3. The router offers: %4.")
                      .arg(target.displayName(), target.username, m_tried.join(QStringLiteral(", ")), offeredMethods());
    if (!m_notes.isEmpty())
        message += u' ' + m_notes.join(u' ');
    return SshError::make(SshErrorKind::AuthRejected, SshPhase::Authentication, message);
}

SshAuthenticator::Attempt SshAuthenticator::tryAgent()
{
    m_tried << QStringLiteral("ssh-agent");
    const int result = m_context.guarded(SshPhase::Authentication, m_context.options.timeouts.connectMs,
                                         [this] { return ssh_userauth_agent(m_context.session, nullptr); });
    if (result == SSH_AUTH_ERROR && !m_context.guard.interrupted()) {
        // An unreachable agent is not fatal: other methods may still work.
        m_notes << QStringLiteral("ssh-agent: %1.").arg(m_context.libsshError());
        return Attempt::Denied;
    }
    return classify(result);
}

SshAuthenticator::Attempt SshAuthenticator::tryPrivateKey(SshError *credentialError)
{
    const SshCredentials &credentials = m_context.target.credentials;
    const QFileInfo keyFile(credentials.privateKeyPath);
    if (!keyFile.isFile() || !keyFile.isReadable()) {
        *credentialError
            = SshError::make(SshErrorKind::CredentialError, SshPhase::Authentication,
                             QStringLiteral("The private key file %1 for %2 does not exist or cannot be read.")
                                 .arg(credentials.privateKeyPath, m_context.target.displayName()));
        return Attempt::Failed;
    }
    ssh_key rawKey = nullptr;
    const QByteArray passphrase = credentials.privateKeyPassphrase.toUtf8();
    const int imported = ssh_pki_import_privkey_file(QFile::encodeName(credentials.privateKeyPath).constData(),
                                                     passphrase.isEmpty() ? nullptr : passphrase.constData(), nullptr,
                                                     nullptr, &rawKey);
    if (imported != SSH_OK || !rawKey) {
        *credentialError = SshError::make(
            SshErrorKind::CredentialError, SshPhase::Authentication,
            QStringLiteral("The private key file %1 cannot be used: the passphrase is wrong or missing, or the "
                           "file is not a private key libssh can read (OpenSSH, PEM).")
                .arg(credentials.privateKeyPath));
        return Attempt::Failed;
    }
    const std::unique_ptr<ssh_key_struct, KeyDeleter> key(rawKey);
    m_tried << QStringLiteral("publickey (%1)").arg(keyFile.fileName());
    return classify(m_context.guarded(SshPhase::Authentication, m_context.options.timeouts.connectMs,
                                      [&] { return ssh_userauth_publickey(m_context.session, nullptr, key.get()); }));
}

SshAuthenticator::Attempt SshAuthenticator::tryKeyboardInteractive()
{
    m_tried << QStringLiteral("keyboard-interactive");
    const QByteArray password = m_context.target.credentials.password.toUtf8();
    const int budget = m_context.options.timeouts.connectMs;
    int result = m_context.guarded(SshPhase::Authentication, budget,
                                   [this] { return ssh_userauth_kbdint(m_context.session, nullptr, nullptr); });
    for (int round = 0; result == SSH_AUTH_INFO && round < maxKeyboardInteractiveRounds; ++round) {
        const int prompts = ssh_userauth_kbdint_getnprompts(m_context.session);
        for (int i = 0; i < prompts; ++i) {
            char echo = 0;
            const QString prompt = QString::fromUtf8(ssh_userauth_kbdint_getprompt(m_context.session, i, &echo));
            // Only password questions can be answered unattended; anything else (OTP, yes/no) cannot.
            const bool asksPassword = prompt.contains(QLatin1String("password"), Qt::CaseInsensitive)
                || prompt.contains(QLatin1String("passcode"), Qt::CaseInsensitive) || (prompts == 1 && !echo);
            if (!asksPassword) {
                m_notes << QStringLiteral("keyboard-interactive asked '%1', which the console cannot answer.")
                               .arg(prompt.trimmed());
                return Attempt::Denied;
            }
            if (ssh_userauth_kbdint_setanswer(m_context.session, unsigned(i), password.constData()) < 0)
                return Attempt::Failed;
        }
        result = m_context.guarded(SshPhase::Authentication, budget,
                                   [this] { return ssh_userauth_kbdint(m_context.session, nullptr, nullptr); });
    }
    return result == SSH_AUTH_INFO ? Attempt::Denied : classify(result);
}

SshAuthenticator::Attempt SshAuthenticator::tryPassword()
{
    m_tried << QStringLiteral("password");
    const QByteArray password = m_context.target.credentials.password.toUtf8();
    return classify(m_context.guarded(SshPhase::Authentication, m_context.options.timeouts.connectMs, [&] {
        return ssh_userauth_password(m_context.session, nullptr, password.constData());
    }));
}

SshError SshAuthenticator::authenticate()
{
    const SshCredentials &credentials = m_context.target.credentials;
    const int budget = m_context.options.timeouts.connectMs;
    // "none" both detects routers that need no login and makes the router list its methods.
    const int none = m_context.guarded(SshPhase::Authentication, budget,
                                       [this] { return ssh_userauth_none(m_context.session, nullptr); });
    if (none == SSH_AUTH_SUCCESS)
        return {};
    if (none == SSH_AUTH_ERROR)
        return m_context.failure(SshErrorKind::ProtocolError, SshPhase::Authentication,
                                 QStringLiteral("starting authentication"));
    m_offered = ssh_userauth_list(m_context.session, nullptr);

    const bool hasPassword = !credentials.password.isEmpty();
    const bool offersPublicKey = m_offered & SSH_AUTH_METHOD_PUBLICKEY;
    struct Method
    {
        bool applies;
        std::function<Attempt()> attempt;
    };
    SshError credentialError;
    const Method methods[] = {
        {credentials.useAgent && offersPublicKey, [this] { return tryAgent(); }},
        {!credentials.privateKeyPath.isEmpty() && offersPublicKey, [&] { return tryPrivateKey(&credentialError); }},
        {hasPassword && (m_offered & SSH_AUTH_METHOD_INTERACTIVE), [this] { return tryKeyboardInteractive(); }},
        {hasPassword && (m_offered & SSH_AUTH_METHOD_PASSWORD), [this] { return tryPassword(); }},
    };
    for (const Method &method : methods) {
        if (!method.applies)
            continue;
        const Attempt attempt = method.attempt();
        if (attempt == Attempt::Success)
            return {};
        if (!credentialError.ok())
            return credentialError;
        if (attempt == Attempt::Failed && !m_context.guard.interrupted() && m_tried.size() > 1) {
            // Routers often drop the connection after too many refused attempts.
            m_notes << QStringLiteral("The router then closed the connection (%1).").arg(m_context.libsshError());
            return rejectedError();
        }
        if (attempt == Attempt::Failed || m_context.guard.interrupted())
            return m_context.failure(SshErrorKind::ProtocolError, SshPhase::Authentication,
                                     QStringLiteral("authenticating as '%1'").arg(m_context.target.username));
        if (attempt == Attempt::Partial) // more factors needed: the router tells which ones are left
            m_offered = ssh_userauth_list(m_context.session, nullptr);
    }
    qCInfo(lcSsh) << "login rejected on" << m_context.target.displayName() << "tried" << m_tried;
    return rejectedError();
}

} // namespace slp
