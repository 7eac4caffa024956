#pragma once

#include <QString>

namespace slp {

// How to log in, held only in memory (the secrets store hands them over just before a job runs).
// With a password both keyboard-interactive (answering password prompts) and password auth are
// offered; with a key file, public key auth; with the agent, every key the agent holds.
struct SshCredentials
{
    QString password;
    QString privateKeyPath;
    QString privateKeyPassphrase;
    bool useAgent = false;
    QString agentSocketPath; // empty: $SSH_AUTH_SOCK

    static SshCredentials fromPassword(const QString &password)
    {
        SshCredentials credentials;
        credentials.password = password;
        return credentials;
    }
    static SshCredentials fromPrivateKey(const QString &path, const QString &passphrase = {})
    {
        SshCredentials credentials;
        credentials.privateKeyPath = path;
        credentials.privateKeyPassphrase = passphrase;
        return credentials;
    }
    static SshCredentials fromAgent(const QString &socketPath = {})
    {
        SshCredentials credentials;
        credentials.useAgent = true;
        credentials.agentSocketPath = socketPath;
        return credentials;
    }
};

} // namespace slp
