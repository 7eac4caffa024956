#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace slp::xrsim::test {

// Runs xrsim as a separate process for a test: writes the fleet file, starts the simulator, waits for the
// ready file, and drives routers through OpenSSH's ssh/sftp clients and the control channel.
class XrsimHarness
{
public:
    XrsimHarness();
    ~XrsimHarness();

    // A generated client key pair (ssh-keygen), for fleets that authorize it.
    QString privateKeyPath() const { return m_dir.filePath(QStringLiteral("id_ed25519")); }
    QString publicKeyLine() const { return m_publicKeyLine; }
    QString stateDir() const { return m_dir.filePath(QStringLiteral("state")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A one-router fleet with licenses, password "lab-password" and the harness key authorized;
    // `overrides` replaces top-level router fields.
    QJsonObject basicRouter(const QString &hostname, const QJsonObject &overrides = {}) const;
    static QJsonObject fleet(const QList<QJsonObject> &routers);

    bool start(const QJsonObject &fleet, const QStringList &extraArguments = {});
    // Restarts with the same fleet and state dir.
    bool restart(const QStringList &extraArguments = {});
    // SIGTERM and wait; returns the exit code.
    int stop();
    QString log() const { return QString::fromUtf8(m_log); }

    QJsonObject ready() const { return m_ready; }
    QJsonObject routerEntry(const QString &hostname) const;
    int port(const QString &hostname) const;
    QString address(const QString &hostname) const;

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // `ssh` with the harness key, BatchMode and a private known_hosts file.
    Result ssh(const QString &hostname, const QStringList &arguments, const QByteArray &input = {},
               const QStringList &options = {}) const;
    // `ssh` authenticating by keyboard-interactive/password through SSH_ASKPASS with the given password.
    Result sshWithPassword(const QString &hostname, const QString &password, const QString &command,
                           const QString &method = QStringLiteral("keyboard-interactive")) const;
    // `sftp -b -` with a batch script.
    Result sftp(const QString &hostname, const QByteArray &batch) const;
    QString knownHostsPath() const { return m_dir.filePath(QStringLiteral("known_hosts")); }

    // One request on the control channel; returns the JSON reply.
    QJsonObject control(const QJsonObject &request) const;

private:
    static Result run(const QString &program, const QStringList &arguments, const QByteArray &input,
                      const QProcessEnvironment &environment, int timeoutMs);
    QStringList baseSshOptions(const QString &hostname) const;

    QTemporaryDir m_dir;
    QString m_publicKeyLine;
    QJsonObject m_fleet;
    QJsonObject m_ready;
    QStringList m_lastArguments;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
};

} // namespace slp::xrsim::test
