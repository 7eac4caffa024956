#include "JobRunner.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "OptionParser.h"
#include "TerminalInput.h"

#include "flows/Job.h"
#include "flows/JobManager.h"

#include <QEventLoop>

namespace slp::cli {

namespace {

constexpr int progressIntervalMs = 200;

} // namespace

JobRunner::JobRunner(CliContext &context, JobManager &manager, bool quiet)
    : m_context(context)
    , m_manager(manager)
    , m_quiet(quiet)
{ }

void JobRunner::addOptions(OptionParser &options)
{
    options.addOption(QStringLiteral("parallel"), QStringLiteral("Devices at once (1-256, default 16)."),
                      QStringLiteral("n"));
    options.addOption(QStringLiteral("accept-new-host-keys"),
                      QStringLiteral("Trust and record host keys seen for the first time."));
    options.addOption(QStringLiteral("connect-timeout"), QStringLiteral("Seconds per connection phase."),
                      QStringLiteral("s"));
    options.addOption(QStringLiteral("command-timeout"), QStringLiteral("Seconds per command."), QStringLiteral("s"));
    options.addOption(QStringLiteral("idle-timeout"), QStringLiteral("Seconds without output."), QStringLiteral("s"));
    options.addOption(QStringLiteral("quiet"), QStringLiteral("Print failed devices and the summary only."));
}

std::optional<JobOptions> JobRunner::readOptions(const OptionParser &options)
{
    JobOptions jobOptions;
    const std::optional<int> parallel
        = options.intValue(QStringLiteral("parallel"), 1, JobOptions::maxParallel, JobOptions::defaultParallel);
    const std::optional<int> connect
        = options.intValue(QStringLiteral("connect-timeout"), 1, 3600, jobOptions.timeouts.connectMs / 1000);
    const std::optional<int> command
        = options.intValue(QStringLiteral("command-timeout"), 1, 86400, jobOptions.timeouts.commandMs / 1000);
    const std::optional<int> idle
        = options.intValue(QStringLiteral("idle-timeout"), 1, 86400, jobOptions.timeouts.idleMs / 1000);
    if (!parallel || !connect || !command || !idle)
        return std::nullopt;
    jobOptions.parallel = *parallel;
    jobOptions.timeouts.connectMs = *connect * 1000;
    jobOptions.timeouts.commandMs = *command * 1000;
    jobOptions.timeouts.idleMs = *idle * 1000;
    jobOptions.unknownHostKeyPolicy = options.isSet(QStringLiteral("accept-new-host-keys"))
        ? UnknownHostKeyPolicy::AcceptNew
        : UnknownHostKeyPolicy::Refuse;
    return jobOptions;
}

bool JobRunner::hasJobOptions(const OptionParser &options)
{
    for (const char *name :
         {"parallel", "accept-new-host-keys", "connect-timeout", "command-timeout", "idle-timeout"}) {
        if (options.isSet(QString::fromLatin1(name)))
            return true;
    }
    return false;
}

int JobRunner::run(Job *job)
{
    return follow(job);
}

int JobRunner::resume(qint64 jobId, const std::optional<JobOptions> &options)
{
    QEventLoop loop;
    Job *resumed = nullptr;
    QString failure;
    const auto added = QObject::connect(&m_manager, &JobManager::jobAdded, &loop, [&](qint64 id) {
        if (id == jobId) {
            resumed = m_manager.job(id);
            loop.quit();
        }
    });
    const auto refused
        = QObject::connect(&m_manager, &JobManager::jobFailedToStart, &loop, [&](qint64 id, const QString &message) {
              if (id == jobId) {
                  failure = message.isEmpty() ? QStringLiteral("cannot resume") : message;
                  loop.quit();
              }
          });
    if (options)
        m_manager.resume(jobId, *options);
    else
        m_manager.resume(jobId);
    loop.exec();
    QObject::disconnect(added);
    QObject::disconnect(refused);
    if (!resumed) {
        m_context.error(QStringLiteral("job %1: %2").arg(jobId).arg(failure));
        return ExitFailed;
    }
    const JobProgress progress = resumed->progress();
    const int done = progress.succeeded + progress.skipped;
    out() << "resuming " << resumed->kind() << " job " << jobId << ": " << done << " device(s) already done, "
          << progress.total - done << " to go\n";
    out().flush();
    return follow(resumed);
}

int JobRunner::follow(Job *job)
{
    QEventLoop loop;
    QObject::connect(job, &Job::deviceStepChanged, &loop, [this](const DeviceStep &step) {
        const bool failed = step.state == JobStepState::Failed || step.state == JobStepState::Cancelled;
        if (step.state != JobStepState::Succeeded && !failed)
            return;
        if (m_quiet && !failed)
            return;
        clearProgress();
        out() << step.deviceName << ": "
              << (step.state == JobStepState::Succeeded    ? QStringLiteral("ok")
                      : step.state == JobStepState::Failed ? QStringLiteral("FAILED")
                                                           : QStringLiteral("cancelled"))
              << ": " << step.message << '\n';
        out().flush();
    });
    QObject::connect(job, &Job::progressChanged, &loop, [this, job] { showProgress(*job, false); });
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    if (!job->isFinished())
        loop.exec();
    clearProgress();
    if (job->id() == 0 || !job->errorMessage().isEmpty()) {
        m_context.error(job->id() == 0 ? job->errorMessage()
                                       : QStringLiteral("job %1: %2").arg(job->id()).arg(job->errorMessage()));
        if (job->id() == 0)
            return ExitFailed;
    }
    const JobProgress progress = job->progress();
    out() << job->kind() << " job " << job->id() << ": " << progress.succeeded << " of " << progress.total
          << " device(s) succeeded";
    if (progress.failed > 0)
        out() << ", " << progress.failed << " failed";
    if (progress.cancelled > 0)
        out() << ", " << progress.cancelled << " cancelled";
    out() << '\n';
    if (progress.failed > 0)
        out() << "retry the failed devices with `slpctl jobs resume " << job->id() << "`\n";
    out().flush();
    return job->state() == JobState::Succeeded ? ExitOk : ExitFailed;
}

void JobRunner::showProgress(const Job &job, bool force)
{
    if (!TerminalInput::stderrIsTerminal())
        return;
    if (!force && m_progressShown && m_sinceProgress.isValid() && m_sinceProgress.elapsed() < progressIntervalMs)
        return;
    m_sinceProgress.start();
    const JobProgress progress = job.progress();
    err() << "\r\x1b[K" << job.kind() << " job " << job.id() << ": " << progress.done() << '/' << progress.total
          << " done, " << progress.failed << " failed, " << progress.running << " running (" << progress.percent()
          << "%)";
    err().flush();
    m_progressShown = true;
}

void JobRunner::clearProgress()
{
    if (!m_progressShown)
        return;
    err() << "\r\x1b[K";
    err().flush();
    m_progressShown = false;
}

} // namespace slp::cli
