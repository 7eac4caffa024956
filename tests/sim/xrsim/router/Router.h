#pragma once

#include "RouterState.h"
#include "fleet/RouterSpec.h"

#include <QString>
#include <mutex>
#include <optional>

namespace slp::xrsim {

class SimClock;

// One simulated router: its fleet definition, its licensing state and its folder in the state dir.
// SSH workers and the control channel share it; all state access goes through a Router::Access, which
// holds the router's lock, brings usage up to the router's current time and persists changes on release.
class Router
{
public:
    Router(RouterSpec spec, QString directory, const SimClock *clock, QByteArray labKey);
    Router(const Router &) = delete;
    Router &operator=(const Router &) = delete;

    const RouterSpec &spec() const { return m_spec; }
    const QString &directory() const { return m_directory; }
    // The lab's CSSM signing key: verifies ACKs, ID tokens and authorization codes.
    const QByteArray &labKey() const { return m_labKey; }
    // Root folder of the router's file systems (harddisk:, disk0:, bootflash: live below it).
    QString fileSystemRoot() const { return m_directory + QStringLiteral("/fs"); }

    FaultSpec faults() const;
    void setFaults(const FaultSpec &faults);

    // Router wall clock in milliseconds (simulated clock plus the router's own clock error).
    qint64 nowMs() const;
    qint64 now() const { return nowMs() / 1000; }
    // Simulated time this process started serving the router (for uptime).
    qint64 bootTime() const { return m_bootTime; }

    class Access
    {
    public:
        explicit Access(Router &router);
        ~Access();
        Access(const Access &) = delete;
        Access &operator=(const Access &) = delete;

        const RouterSpec &spec() const { return m_router.m_spec; }
        RouterState &state() { return *m_router.m_state; }
        qint64 now() const { return m_now; }
        // Changes a license's usage now (closes its open report); false for an unknown tag.
        bool changeUsage(const QString &tag, int count);
        // Persist the state when this access ends.
        void markChanged() { m_changed = true; }

    private:
        Router &m_router;
        std::unique_lock<std::mutex> m_lock;
        qint64 m_now;
        bool m_changed = false;
    };

    // Writes state.json now (used on shutdown); returns false and sets `error` on failure.
    bool save(QString *error);
    // Drops the state file and in-memory state: the next access boots from the fleet definition.
    void factoryReset();

private:
    void ensureLoadedLocked();
    bool saveLocked(QString *error);

    RouterSpec m_spec;
    QString m_directory;
    const SimClock *m_clock;
    QByteArray m_labKey;
    qint64 m_bootTime;
    mutable std::mutex m_mutex;
    std::optional<RouterState> m_state;
    mutable std::mutex m_faultMutex;
    FaultSpec m_faults;
};

} // namespace slp::xrsim
