#pragma once

#include "clock/SimClock.h"
#include "fleet/Fleet.h"

#include <QString>
#include <memory>
#include <vector>

namespace slp::xrsim {

class Router;
class RouterEndpoint;
class SshServer;

struct LabOptions
{
    QString fleetPath;
    QString stateDir;
    QString readyFile;
    QString bindBase; // empty: every router on 127.0.0.1
    int port = 0; // 0: a free port per router
    double clockRate = 1.0;
};

// The running fleet: routers with their state folders, their SSH endpoints and the shared clock.
class Lab
{
public:
    Lab();
    ~Lab();

    bool start(const LabOptions &options, QString *error);
    void stop();
    // Persists the clock offset now (after a jump), so a crash does not lose it.
    void saveClock();

    SimClock &clock() { return m_clock; }
    Router *router(const QString &hostname) const;
    const std::vector<std::unique_ptr<Router>> &routers() const { return m_routers; }
    const std::vector<std::unique_ptr<RouterEndpoint>> &endpoints() const { return m_endpoints; }
    int liveConnections() const;

    // Ready file content (see tests/sim/PROTOCOL.md); controlPort 0 = no control channel.
    QByteArray readyDocument(quint16 controlPort) const;
    bool writeReadyFile(quint16 controlPort, QString *error) const;

private:
    bool loadFleet(QString *error);
    QString addressFor(int index, const RouterSpec &spec, QString *error) const;

    LabOptions m_options;
    SimClock m_clock;
    Fleet m_fleet;
    std::vector<std::unique_ptr<Router>> m_routers;
    std::vector<std::unique_ptr<RouterEndpoint>> m_endpoints;
    std::unique_ptr<SshServer> m_server;
};

} // namespace slp::xrsim
