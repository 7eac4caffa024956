#include "StallWatch.h"

#include <QFile>

namespace slp::test {

StallWatch::StallWatch(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(tickMs);
    connect(&m_timer, &QTimer::timeout, this, &StallWatch::tick);
}

qint64 StallWatch::runQueueWaitNs()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    // "<ns on cpu> <ns waiting on a run queue> <timeslices>"
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    bool ok = false;
    const qint64 wait = fields.size() >= 2 ? fields.at(1).toLongLong(&ok) : -1;
    return ok ? wait : -1;
}

void StallWatch::start()
{
    m_clock.start();
    m_lastTickMs = 0;
    m_lastWaitNs = runQueueWaitNs();
    m_longestGapMs = 0;
    m_longestStallMs = 0;
    m_ticks = 0;
    m_gaps.clear();
    m_timer.start();
}

void StallWatch::stop()
{
    m_timer.stop();
}

void StallWatch::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 wait = runQueueWaitNs();
    const qint64 gap = now - m_lastTickMs;
    const qint64 waitedMs = wait >= 0 && m_lastWaitNs >= 0 ? (wait - m_lastWaitNs) / 1'000'000 : 0;
    const qint64 stall = qMax<qint64>(0, gap - waitedMs);
    m_longestGapMs = qMax(m_longestGapMs, gap);
    m_longestStallMs = qMax(m_longestStallMs, stall);
    if (gap > 50)
        m_gaps.append({now, gap, waitedMs});
    m_lastTickMs = now;
    m_lastWaitNs = wait;
    ++m_ticks;
}

QStringList StallWatch::gapsOver(qint64 thresholdMs) const
{
    QStringList lines;
    for (const Gap &gap : m_gaps) {
        if (gap.gapMs > thresholdMs)
            lines.append(QStringLiteral("at %1 ms: gap %2 ms, of which %3 ms waiting for a CPU")
                             .arg(gap.atMs)
                             .arg(gap.gapMs)
                             .arg(gap.waitMs));
    }
    return lines;
}

} // namespace slp::test
