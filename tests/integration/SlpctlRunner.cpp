#include "SlpctlRunner.h"

#include "TestSupport.h"

#include <QDir>
#include <QProcess>

namespace slp::test {

QString SlpctlRunner::Result::describe() const
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
        .arg(exitCode)
        .arg(QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(4000)));
}

SlpctlRunner::SlpctlRunner(QString dataDir, QString masterPassword)
    : m_dataDir(std::move(dataDir))
    , m_masterPassword(std::move(masterPassword))
{ }

QString SlpctlRunner::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("slp.sqlite"));
}

QString SlpctlRunner::knownHostsPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("known_hosts"));
}

QString SlpctlRunner::secretsPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("secrets.slpsec"));
}

QStringList SlpctlRunner::globalOptions() const
{
    return {QStringLiteral("--db"),           databasePath(), QStringLiteral("--known-hosts"), knownHostsPath(),
            QStringLiteral("--secrets-file"), secretsPath()};
}

QProcessEnvironment SlpctlRunner::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SLP_MASTER_PASSWORD"), m_masterPassword);
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.insert(QStringLiteral("HOME"), m_dataDir);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QDir(m_dataDir).filePath(QStringLiteral("xdg")));
    return environment;
}

QString SlpctlRunner::program()
{
    return builtExecutable(QStringLiteral("slpctl"));
}

SlpctlRunner::Result SlpctlRunner::run(const QStringList &arguments, const QByteArray &input, int timeoutMs) const
{
    Result result;
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(program(), globalOptions() + arguments);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

} // namespace slp::test
