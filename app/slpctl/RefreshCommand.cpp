// slpctl refresh: reads the license state of devices over SSH and stores a snapshot per device.
#include "CliContext.h"
#include "CommandLine.h"
#include "DeviceFlowCommand.h"
#include "FutureWait.h"
#include "OptionParser.h"

#include "flows/JobManager.h"
#include "flows/RefreshJob.h"

namespace slp::cli {

namespace {

const QString usage
    = QStringLiteral("Usage: slpctl refresh (--all | NAME...) [--parallel N] [--accept-new-host-keys] [--quiet]\n"
                     "                      [--connect-timeout S] [--command-timeout S] [--idle-timeout S]\n\n"
                     "Connects to each device over SSH (16 at once by default), runs show license status, summary,\n"
                     "usage, udi, reservation and platform summary, and stores a snapshot with its compliance state.\n"
                     "A device that fails keeps its previous snapshot and records why. Host keys seen for the first\n"
                     "time are refused unless --accept-new-host-keys; a changed host key is always refused (see\n"
                     "`slpctl hostkeys forget`). Exit status 0 only when every device succeeded.\n");

// Interrupted jobs are worth a hint: re-running starts afresh, resuming skips what is done.
void mentionInterrupted(JobManager &manager)
{
    const StoreResult<QList<JobInfo>> interrupted = await(manager.interruptedJobs());
    for (const JobInfo &info : interrupted.value)
        err() << "note: " << info.record.kind << " job " << info.record.id << " was interrupted ("
              << info.progress.succeeded << " of " << info.progress.total << " devices done): `slpctl jobs resume "
              << info.record.id << "` continues it\n";
    err().flush();
}

} // namespace

int runRefresh(const QStringList &arguments)
{
    QStringList args = arguments;
    const std::unique_ptr<CliContext> context = CliContext::create(QStringLiteral("refresh"), args);
    if (!context)
        return ExitUsage;
    OptionParser options(*context, usage);
    DeviceFlowCommand::addOptions(options);
    if (const auto stop = options.parse(args))
        return *stop;
    DeviceFlowCommand command(*context, options);
    command.withManager = mentionInterrupted;
    command.makeJob = [](const JobEnvironment &environment, const JobOptions &jobOptions) -> Job * {
        return new RefreshJob(environment, jobOptions);
    };
    return command.run(options.positional());
}

} // namespace slp::cli
