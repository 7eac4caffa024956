#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <libssh/libssh.h>

namespace slp::xrsim::test {

// A small libssh client for tests and the benchmark: connect, check the host key fingerprint,
// authenticate, run exec commands on fresh channels of one session.
class LibsshClient
{
public:
    LibsshClient();
    ~LibsshClient();
    LibsshClient(const LibsshClient &) = delete;
    LibsshClient &operator=(const LibsshClient &) = delete;

    bool connect(const QString &host, int port);
    // "SHA256:..." of the server's host key (valid after connect).
    QString serverFingerprint() const;
    QString serverBanner() const;
    bool authenticatePassword(const QString &user, const QString &password);
    bool authenticateKeyFile(const QString &user, const QString &privateKeyPath);

    struct Exec
    {
        bool ok = false;
        int exitStatus = -1;
        QByteArray out;
        QList<int> chunks; // size of each read, in order (shows how the server paced its output)
        bool eof = false; // the server ended the output (false: the read timed out)
    };
    // Runs `command` on a new channel; gives up waiting after `timeoutMs` without data.
    Exec exec(const QString &command, const QByteArray &input = {}, int timeoutMs = 15000);
    QString error() const;

private:
    ssh_session m_session;
};

} // namespace slp::xrsim::test
