#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace slp::test {

// Runs the built slpctl against one database folder, the way an admin or a script would: global
// options --db, --known-hosts and --secrets-file point into `dataDir`, the master password comes
// from SLP_MASTER_PASSWORD, standard input is a pipe (no terminal: no prompts, no progress line).
class SlpctlRunner
{
public:
    struct Result
    {
        int exitCode = -1; // -1: crashed, killed or timed out
        QByteArray out;
        QByteArray err;

        // "exit 1\n<stdout>\n<stderr>" for failure messages.
        QString describe() const;
    };

    SlpctlRunner(QString dataDir, QString masterPassword);

    QString databasePath() const;
    QString knownHostsPath() const;
    QString secretsPath() const;
    QString dataDir() const { return m_dataDir; }
    QStringList globalOptions() const;
    QProcessEnvironment environment() const;
    static QString program();

    Result run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 120000) const;

private:
    QString m_dataDir;
    QString m_masterPassword;
};

} // namespace slp::test
