#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace slp::test {

// Watches the GUI thread's event loop: a timer ticks every 10 ms and every gap between ticks is
// measured. A gap is a stall of the console only for the part the thread did not spend waiting for
// a CPU: on a loaded test machine the kernel may leave a runnable thread on the run queue for a
// while, which no code of ours can prevent. The run-queue wait comes from
// /proc/thread-self/schedstat (Linux); where it cannot be read the raw gap counts.
class StallWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int tickMs = 10;

    explicit StallWatch(QObject *parent = nullptr);

    void start();
    void stop();

    qint64 longestGapMs() const { return m_longestGapMs; } // wall clock between ticks
    qint64 longestStallMs() const { return m_longestStallMs; } // minus run-queue waiting
    int ticks() const { return m_ticks; }
    // "at 1234 ms: gap 180 ms, of which 150 ms waiting for a CPU" for every gap over `thresholdMs`.
    QStringList gapsOver(qint64 thresholdMs) const;

private:
    void tick();
    static qint64 runQueueWaitNs(); // -1 when unknown

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
    qint64 m_lastWaitNs = -1;
    qint64 m_longestGapMs = 0;
    qint64 m_longestStallMs = 0;
    int m_ticks = 0;
    struct Gap
    {
        qint64 atMs;
        qint64 gapMs;
        qint64 waitMs;
    };
    QList<Gap> m_gaps;
};

} // namespace slp::test
