#include "DeviceFlowCommand.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "CssmAccess.h"
#include "DeviceSelection.h"
#include "JobRunner.h"
#include "OptionParser.h"

#include "cssm/CssmClient.h"
#include "flows/JobManager.h"

namespace slp::cli {

void DeviceFlowCommand::addOptions(OptionParser &options)
{
    options.addOption(QStringLiteral("all"), QStringLiteral("Every device of the inventory."));
    JobRunner::addOptions(options);
}

int DeviceFlowCommand::run(const QStringList &names)
{
    const bool all = options.isSet(QStringLiteral("all"));
    if (all == !names.isEmpty()) {
        context.error(all ? QStringLiteral("give either --all or device NAMEs, not both")
                          : QStringLiteral("which devices? give --all or their NAMEs"));
        return ExitUsage;
    }
    const std::optional<JobOptions> jobOptions = JobRunner::readOptions(options);
    if (!jobOptions)
        return ExitUsage;
    if (!context.openStore())
        return ExitFailed;
    const std::optional<QList<DeviceRecord>> devices = selectDevices(context, names);
    if (!devices)
        return ExitFailed;
    if (devices->isEmpty()) {
        out() << "the inventory is empty: add devices with `slpctl devices add` or `slpctl devices import`\n";
        return ExitOk;
    }
    SecretStore *secrets = context.secrets();
    if (!secrets)
        return ExitFailed;
    // Before any router is touched: a flow that needs CSSM stops here without it.
    CssmAccess access;
    if (cssm != CssmUse::None) {
        access = CssmAccess::open(context, secrets);
        if (!access.client && (cssm == CssmUse::Required || access.storeFailed)) {
            context.error(access.problem);
            return ExitFailed;
        }
    }
    if (prepare && !prepare())
        return ExitFailed;
    JobManagerSettings settings;
    settings.knownHostsPath = context.knownHostsPath();
    settings.defaults = *jobOptions;
    settings.cssm = access.client.get();
    JobManager manager(&context.store(), secrets, settings);
    if (withManager)
        withManager(manager);
    QList<qint64> ids;
    for (const DeviceRecord &device : *devices)
        ids.append(device.id);
    JobRunner runner(context, manager, options.isSet(QStringLiteral("quiet")));
    return runner.run(manager.startJob(makeJob(manager.environment(), *jobOptions), ids));
}

} // namespace slp::cli
