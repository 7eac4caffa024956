#pragma once

#include "SlpctlRunner.h"
#include "XrsimProcess.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace slp::test {

// The offline licensing cycle as an admin runs it with slpctl, for the end-to-end test and the
// benchmark: a generated xrsim fleet (`xrsim --generate N --seed S`, password xrsim-lab) in the
// inventory, then refresh -> collect -> export-bundle -> `cssmsim ack-bundle` (with the same fleet
// file, so CSSM knows the routers' signing keys) -> import-acks. Each phase is timed.
class OfflineCycle
{
public:
    struct Phase
    {
        QString name;
        double seconds = 0;
        SlpctlRunner::Result result; // cssmsim's exit status and stderr for the CSSM phase
    };

    // `workDir` holds the simulator's files (fleet with passwords), slpctl's data and the bundles.
    OfflineCycle(QString workDir, int routers, quint64 seed);
    ~OfflineCycle();

    // Generates the fleet, starts xrsim, adds the credential profile and imports the inventory.
    bool setUp(QString *error);

    const QJsonObject &fleet() const { return m_fleet; }
    QString fleetPath() const;
    SlpctlRunner &slpctl() { return *m_slpctl; }
    XrsimProcess &xrsim() { return *m_xrsim; }
    QString uploadBundlePath() const;
    QString ackBundlePath() const;

    Phase refresh();
    Phase collect();
    Phase exportBundle();
    Phase cssmAckBundle();
    Phase importAcks();

private:
    Phase slpctlPhase(const QString &name, const QStringList &arguments, int timeoutMs = 900000);

    QString m_workDir;
    int m_routers;
    quint64 m_seed;
    QJsonObject m_fleet;
    std::unique_ptr<XrsimProcess> m_xrsim;
    std::unique_ptr<SlpctlRunner> m_slpctl;
};

} // namespace slp::test
