#pragma once

#include <QString>
#include <mutex>

namespace slp::xrsim {

// The lab's simulated wall clock. It runs `rate` times faster than real time from an anchor and can be
// jumped ahead, so reporting deadlines and report closing happen within a test. Thread-safe: every SSH
// worker reads it. Persisted as the offset from real time, so a restart continues where it stood.
class SimClock
{
public:
    SimClock();

    qint64 nowMs() const;
    qint64 now() const { return nowMs() / 1000; }
    double rate() const;

    void setRate(double rate);
    void jump(qint64 seconds);

    // Loads/saves <stateDir>/clock.json; a missing file leaves the clock at real time.
    bool load(const QString &path, QString *error);
    bool save(const QString &path, QString *error) const;

private:
    void reanchorLocked();

    mutable std::mutex m_mutex;
    double m_rate = 1.0;
    qint64 m_anchorRealMs = 0;
    qint64 m_anchorSimMs = 0;
};

} // namespace slp::xrsim
