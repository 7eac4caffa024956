#pragma once

#include "ssh/SshJobSpec.h"

#include <QObject>
#include <QThreadPool>

#include <memory>
#include <mutex>
#include <vector>

namespace slp {

class SshJob;
struct SshJobShared;
struct SshPoolCounters;

// Runs SshJobs with bounded parallelism across routers: at most maxParallel() sessions at once
// (default 16, 1..256), each on its own worker thread; further jobs wait in a queue. start() only
// enqueues, so the caller's thread never blocks.
class SshPool : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultParallel = 16;
    static constexpr int maxAllowedParallel = 256;

    explicit SshPool(int maxParallel = defaultParallel, QObject *parent = nullptr);
    // Cancels what still runs and waits for the workers (each stops within ~50 ms of the cancel).
    ~SshPool() override;

    // Values outside 1..256 are clamped.
    void setMaxParallel(int maxParallel);
    int maxParallel() const;

    // Queues a job. The job is a child of `parent` (the pool when null): delete it (deleteLater) once
    // finished() was handled, or leave it to its parent.
    SshJob *start(const SshJobSpec &spec, QObject *parent = nullptr);

    void cancelAll();
    int runningCount() const;
    // The most jobs that ever ran at the same time (for tests and tuning).
    int peakRunningCount() const;

    // Blocks until every queued job ran; for headless tools and tests only, never on the GUI thread.
    bool waitForDone(int msecs = -1);

private:
    QThreadPool m_threads;
    std::shared_ptr<SshPoolCounters> m_counters;
    mutable std::mutex m_jobsMutex;
    std::vector<std::weak_ptr<SshJobShared>> m_jobs;
};

} // namespace slp
