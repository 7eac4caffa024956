#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace slp::test {

// The licensing situations a generated router is set up in, each with the compliance state the
// console must find (DESIGN.md section 6, Cisco default policy).
enum class LabScenario {
    Healthy, // acknowledged 10 days ago, trust installed: next report in 80 days
    DueSoon, // acknowledged 75 days ago: the subscription's 90-day report is due in 15 days
    Overdue, // acknowledged 120 days ago: 30 days overdue
    NeverReported, // first use 10 days ago, no ACK yet, first report due in 80 days
    NoTrust, // acknowledged 10 days ago but no trust code installed
    OutOfCompliance, // one license reported OUT-OF-COMPLIANCE by the router
    SlrInstalled, // Specific License Reservation installed
};

// What the generator set up for one router, to compare with what a refresh stored.
struct LabRouter
{
    QString hostname;
    QString udi; // "PID:...,SN:..."
    int licenseCount = 0;
    LabScenario scenario = LabScenario::Healthy;
    QString expectedState; // complianceStateId() spelling, e.g. "due_soon"
};

// A deterministic xrsim fleet (tests/sim/PROTOCOL.md, xrsim-fleet/1) of `count` routers cycling
// through every LabScenario, all reachable as user "admin" with `password`.
class LabFleet
{
public:
    LabFleet(int count, const QString &password);

    QJsonObject fleetJson() const { return m_fleet; }
    const QList<LabRouter> &routers() const { return m_routers; }
    const LabRouter *router(const QString &hostname) const;

    // Replaces one router's credentials (e.g. a password the console does not know).
    void setRouterPassword(const QString &hostname, const QString &password);
    // Sets fault-injection fields of one router in the fleet file (PROTOCOL.md faults object).
    void setRouterFaults(const QString &hostname, const QJsonObject &faults);

    static QString expectedStateOf(LabScenario scenario);

private:
    QJsonObject m_fleet;
    QList<LabRouter> m_routers;
};

} // namespace slp::test
