#include "OfflineCycle.h"

#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

namespace slp::test {

namespace {

const QString generatedPassword = QStringLiteral("xrsim-lab"); // what `xrsim --generate` sets

} // namespace

OfflineCycle::OfflineCycle(QString workDir, int routers, quint64 seed)
    : m_workDir(std::move(workDir))
    , m_routers(routers)
    , m_seed(seed)
{ }

OfflineCycle::~OfflineCycle() = default;

QString OfflineCycle::fleetPath() const
{
    return QDir(m_workDir).filePath(QStringLiteral("generated-fleet.json"));
}

QString OfflineCycle::uploadBundlePath() const
{
    return QDir(m_workDir).filePath(QStringLiteral("out/UD_SA_cycle.tar.gz"));
}

QString OfflineCycle::ackBundlePath() const
{
    return QDir(m_workDir).filePath(QStringLiteral("out/ACK_UD_SA_cycle.tar.gz"));
}

bool OfflineCycle::setUp(QString *error)
{
    QDir().mkpath(QDir(m_workDir).filePath(QStringLiteral("out")));
    QProcess generator;
    generator.start(
        builtExecutable(QStringLiteral("xrsim")),
        {QStringLiteral("--generate"), QString::number(m_routers), QStringLiteral("--seed"), QString::number(m_seed)});
    if (!generator.waitForFinished(60000) || generator.exitCode() != 0) {
        *error = QStringLiteral("xrsim --generate failed: %1").arg(QString::fromUtf8(generator.readAllStandardError()));
        return false;
    }
    const QByteArray fleetBytes = generator.readAllStandardOutput();
    m_fleet = QJsonDocument::fromJson(fleetBytes).object();
    QFile fleetFile(fleetPath());
    if (!fleetFile.open(QIODevice::WriteOnly) || fleetFile.write(fleetBytes) != fleetBytes.size()) {
        *error = QStringLiteral("cannot write %1").arg(fleetPath());
        return false;
    }
    fleetFile.close();
    m_xrsim = std::make_unique<XrsimProcess>(QDir(m_workDir).filePath(QStringLiteral("xrsim")));
    if (!m_xrsim->start(m_fleet, error, 120000))
        return false;
    m_slpctl = std::make_unique<SlpctlRunner>(QDir(m_workDir).filePath(QStringLiteral("data")),
                                              QStringLiteral("cycle-master-pw"));
    QDir().mkpath(m_slpctl->dataDir());
    const SlpctlRunner::Result profile
        = m_slpctl->run({QStringLiteral("credentials"), QStringLiteral("add"), QStringLiteral("lab"),
                         QStringLiteral("--username"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                        generatedPassword.toUtf8() + '\n');
    if (profile.exitCode != 0) {
        *error = profile.describe();
        return false;
    }
    const SlpctlRunner::Result imported
        = m_slpctl->run({QStringLiteral("devices"), QStringLiteral("import"), QStringLiteral("-")},
                        m_xrsim->inventoryCsv(QStringLiteral("lab")));
    if (imported.exitCode != 0) {
        *error = imported.describe();
        return false;
    }
    return true;
}

OfflineCycle::Phase OfflineCycle::slpctlPhase(const QString &name, const QStringList &arguments, int timeoutMs)
{
    Phase phase;
    phase.name = name;
    QElapsedTimer timer;
    timer.start();
    phase.result = m_slpctl->run(arguments, {}, timeoutMs);
    phase.seconds = double(timer.nsecsElapsed()) / 1e9;
    return phase;
}

OfflineCycle::Phase OfflineCycle::refresh()
{
    return slpctlPhase(QStringLiteral("refresh"),
                       {QStringLiteral("refresh"), QStringLiteral("--all"), QStringLiteral("--accept-new-host-keys"),
                        QStringLiteral("--quiet")});
}

OfflineCycle::Phase OfflineCycle::collect()
{
    return slpctlPhase(QStringLiteral("collect"),
                       {QStringLiteral("collect"), QStringLiteral("--all"), QStringLiteral("--quiet")});
}

OfflineCycle::Phase OfflineCycle::exportBundle()
{
    // Download All for Cisco from what collect just put into the library.
    return slpctlPhase(QStringLiteral("export-bundle"),
                       {QStringLiteral("export-bundle"), uploadBundlePath(), QStringLiteral("--all"),
                        QStringLiteral("--from-library"), QStringLiteral("--quiet")});
}

OfflineCycle::Phase OfflineCycle::cssmAckBundle()
{
    Phase phase;
    phase.name = QStringLiteral("cssmsim ack-bundle");
    QElapsedTimer timer;
    timer.start();
    QProcess cssmsim;
    cssmsim.start(builtExecutable(QStringLiteral("cssmsim")),
                  {QStringLiteral("ack-bundle"), uploadBundlePath(), ackBundlePath(), QStringLiteral("--fleet"),
                   fleetPath(), QStringLiteral("--state-dir"), QDir(m_workDir).filePath(QStringLiteral("cssmsim"))});
    const bool finished = cssmsim.waitForFinished(600000);
    phase.seconds = double(timer.nsecsElapsed()) / 1e9;
    phase.result.exitCode = finished && cssmsim.exitStatus() == QProcess::NormalExit ? cssmsim.exitCode() : -1;
    phase.result.out = cssmsim.readAllStandardOutput();
    phase.result.err = cssmsim.readAllStandardError();
    return phase;
}

OfflineCycle::Phase OfflineCycle::importAcks()
{
    return slpctlPhase(QStringLiteral("import-acks"),
                       {QStringLiteral("import-acks"), QStringLiteral("--quiet"), ackBundlePath()});
}

} // namespace slp::test
