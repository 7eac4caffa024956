#pragma once

#include "flows/JobOptions.h"
#include "store/JobStates.h"

#include <QElapsedTimer>
#include <QString>

#include <optional>

namespace slp {
class Job;
class JobManager;
} // namespace slp

namespace slp::cli {

class CliContext;
class OptionParser;

// Runs one job of slpctl to its end: one line per finished device on stdout ("pe1: ok: ..." or
// "pe1: FAILED: <reason>"; --quiet keeps only failures), a progress line on stderr when it is a
// terminal (none when piped), and a summary. Exit status 0 only when every device succeeded.
class JobRunner
{
public:
    JobRunner(CliContext &context, JobManager &manager, bool quiet);

    // --parallel, --accept-new-host-keys, --connect-timeout, --command-timeout, --idle-timeout, --quiet.
    static void addOptions(OptionParser &options);
    // The options read back; nullopt after printing a bad value.
    static std::optional<JobOptions> readOptions(const OptionParser &options);

    // True when the command line sets any of the job options (not --quiet).
    static bool hasJobOptions(const OptionParser &options);

    int run(Job *job);
    // Without options the job runs as it was started (JobManager::resume).
    int resume(qint64 jobId, const std::optional<JobOptions> &options);

private:
    int follow(Job *job);
    void showProgress(const Job &job, bool force);
    void clearProgress();

    CliContext &m_context;
    JobManager &m_manager;
    bool m_quiet = false;
    bool m_progressShown = false;
    QElapsedTimer m_sinceProgress;
};

} // namespace slp::cli
