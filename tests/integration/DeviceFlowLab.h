#pragma once

#include "CssmSimProcess.h"
#include "LabFleet.h"
#include "StoreProbe.h"
#include "XrsimProcess.h"

#include "flows/Job.h"
#include "secrets/InMemorySecretStore.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace slp {
class CssmClient;
class JobManager;
} // namespace slp

namespace slp::test {

// The device flows' lab (trust, transport, SLR): a LabFleet on xrsim whose routers belong to
// cssmsim's smart account "Lab" / virtual account "Core" (so that CSSM's ID tokens fit them),
// cssmsim reading the same fleet file (same lab key) with license pools, a real SQLite store with
// every router in the inventory and refreshed once, and an in-process JobManager with a CSSM client.
class DeviceFlowLab
{
public:
    static constexpr auto smartAccount = "Lab";
    static constexpr auto virtualAccount = "Core";

    // `pools`: tag -> quantity in the virtual account.
    DeviceFlowLab(int routers, const QHash<QString, int> &pools);
    ~DeviceFlowLab();

    // Empty on success, else what failed.
    QString start();
    // The routers' SSH password (user "admin").
    static QString routerPassword();

    XrsimProcess &xrsim() { return *m_xrsim; }
    CssmSimProcess &cssmsim() { return m_cssmsim; }
    StoreProbe &probe() { return *m_probe; }
    Store &store() { return m_probe->store(); }
    JobManager &manager() { return *m_manager; }
    CssmClient *cssm() { return m_cssm.get(); }
    InMemorySecretStore &secrets() { return m_secrets; }
    const LabFleet &fleet() const { return m_fleet; }
    qint64 idOf(const QString &hostname) const { return m_ids.value(hostname); }
    QString libraryDirectory() const;
    QString databasePath() const { return m_dataDir.filePath(QStringLiteral("slp.sqlite")); }

    // Starts `job` on the routers and waits (event loop running) until it finished.
    JobState run(Job *job, const QStringList &hostnames);
    // The device's step message of `job`.
    static QString messageOf(const Job &job, qint64 deviceId);
    // The router state (xrsim control channel `state`).
    QJsonObject routerState(const QString &hostname) const;
    // Commands of the audit log for the device, newest first.
    QStringList auditCommands(const QString &hostname);

private:
    QTemporaryDir m_simDir;
    QTemporaryDir m_dataDir;
    LabFleet m_fleet;
    QHash<QString, int> m_pools;
    std::unique_ptr<XrsimProcess> m_xrsim;
    CssmSimProcess m_cssmsim;
    std::unique_ptr<StoreProbe> m_probe;
    InMemorySecretStore m_secrets;
    std::unique_ptr<CssmClient> m_cssm;
    std::unique_ptr<JobManager> m_manager;
    QHash<QString, qint64> m_ids;
};

// Waits for a future with the event loop running (the JobManager's futures continue on this thread).
template<typename T> T waitWithEvents(QFuture<T> future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return future.result();
}

} // namespace slp::test
