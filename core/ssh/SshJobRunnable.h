#pragma once

#include <QRunnable>

#include <atomic>
#include <memory>

namespace slp {

struct SshJobShared;

// Counters the pool's workers update: how many jobs run right now and the most that ever ran at once.
struct SshPoolCounters
{
    std::atomic_int running {0};
    std::atomic_int peak {0};
};

// Executes one SshJob on a pool thread: opens the session, runs the steps, reports back through
// SshJobShared::post().
class SshJobRunnable : public QRunnable
{
public:
    SshJobRunnable(std::shared_ptr<SshJobShared> shared, std::shared_ptr<SshPoolCounters> counters);
    void run() override;

private:
    bool askCaller(const struct SshHostKeyQuestion &question);

    std::shared_ptr<SshJobShared> m_shared;
    std::shared_ptr<SshPoolCounters> m_counters;
};

} // namespace slp
