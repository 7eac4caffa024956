// slpctl refresh: reads the license state of devices over SSH and stores a snapshot per device.
#include "CliContext.h"
#include "CommandLine.h"
#include "DeviceSelection.h"
#include "FutureWait.h"
#include "JobRunner.h"
#include "OptionParser.h"

#include "flows/JobManager.h"
#include "flows/RefreshJob.h"
#include "store/Store.h"

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
    options.addOption(QStringLiteral("all"), QStringLiteral("Every device of the inventory."));
    JobRunner::addOptions(options);
    if (const auto stop = options.parse(args))
        return *stop;
    const bool all = options.isSet(QStringLiteral("all"));
    if (all == !options.positional().isEmpty()) {
        context->error(all ? QStringLiteral("give either --all or device NAMEs, not both")
                           : QStringLiteral("which devices? give --all or their NAMEs"));
        return ExitUsage;
    }
    const std::optional<JobOptions> jobOptions = JobRunner::readOptions(options);
    if (!jobOptions)
        return ExitUsage;
    if (!context->openStore())
        return ExitFailed;
    const std::optional<QList<DeviceRecord>> devices = selectDevices(*context, options.positional());
    if (!devices)
        return ExitFailed;
    if (devices->isEmpty()) {
        out() << "the inventory is empty: add devices with `slpctl devices add` or `slpctl devices import`\n";
        return ExitOk;
    }
    SecretStore *secrets = context->secrets();
    if (!secrets)
        return ExitFailed;

    JobManagerSettings settings;
    settings.knownHostsPath = context->knownHostsPath();
    settings.defaults = *jobOptions;
    JobManager manager(&context->store(), secrets, settings);
    mentionInterrupted(manager);
    QList<qint64> ids;
    for (const DeviceRecord &device : *devices)
        ids.append(device.id);
    JobRunner runner(*context, manager, options.isSet(QStringLiteral("quiet")));
    return runner.run(manager.startRefresh(ids));
}

} // namespace slp::cli
