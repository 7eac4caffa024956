#pragma once

#include "ssh/SshError.h"

#include <QStringList>

namespace slp {

struct SshSessionContext;

// Logs in with what the target's credentials offer, in the order a person would try them: ssh-agent,
// private key file, keyboard-interactive (answering password prompts), password. Each call is
// bounded by the connect timeout. A rejection names the methods tried and those the router offers.
class SshAuthenticator
{
public:
    explicit SshAuthenticator(SshSessionContext &context);

    SshError authenticate();

private:
    enum class Attempt { Success, Partial, Denied, Failed };

    Attempt tryAgent();
    Attempt tryPrivateKey(SshError *credentialError);
    Attempt tryKeyboardInteractive();
    Attempt tryPassword();
    Attempt classify(int libsshResult) const;
    SshError rejectedError() const;
    QString offeredMethods() const;

    SshSessionContext &m_context;
    int m_offered = 0; // SSH_AUTH_METHOD_* bits the router lists
    QStringList m_tried;
    QStringList m_notes; // why a method could not be used, for the final message
};

} // namespace slp
