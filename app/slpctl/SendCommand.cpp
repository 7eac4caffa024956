// slpctl send: Send to CSSM (online). Collects every selected device's unreported usage, sends all of
// it to CSSM in one submission, waits for the ACKs and imports each on its device.
#include "CliContext.h"
#include "CommandLine.h"
#include "CssmAccess.h"
#include "DeviceSelection.h"
#include "JobRunner.h"
#include "OptionParser.h"

#include "cssm/CssmClient.h"
#include "flows/JobManager.h"
#include "flows/SendToCssmJob.h"
#include "store/Store.h"

namespace slp::cli {

namespace {

const QString usage = QStringLiteral(
    "Usage: slpctl send (--all | NAME...) [--parallel N] [--accept-new-host-keys] [--quiet]\n"
    "                   [--connect-timeout S] [--command-timeout S] [--idle-timeout S]\n\n"
    "Send to CSSM (online): on each device `license smart save usage unreported` is collected into the\n"
    "report library; then ALL collected reports go to CSSM in one request (as the routers signed them),\n"
    "the ACKs are awaited, stored in the library and imported on their devices, whose state is read\n"
    "again. CSSM is the one set with `slpctl cssm configure`. If the process dies while CSSM works,\n"
    "`slpctl jobs resume ID` polls the same submission: no report is sent twice. A device whose report\n"
    "CSSM rejects is named with the report id. Exit status 0 only when every device succeeded.\n");

} // namespace

int runSend(const QStringList &arguments)
{
    QStringList args = arguments;
    const std::unique_ptr<CliContext> context = CliContext::create(QStringLiteral("send"), args);
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
    // Before any router is touched: without CSSM there is nothing to send to.
    const CssmAccess cssm = CssmAccess::open(*context, secrets);
    if (!cssm.client) {
        context->error(cssm.problem);
        return ExitFailed;
    }

    JobManagerSettings settings;
    settings.knownHostsPath = context->knownHostsPath();
    settings.defaults = *jobOptions;
    settings.cssm = cssm.client.get();
    JobManager manager(&context->store(), secrets, settings);
    QList<qint64> ids;
    for (const DeviceRecord &device : *devices)
        ids.append(device.id);
    JobRunner runner(*context, manager, options.isSet(QStringLiteral("quiet")));
    return runner.run(manager.startJob(new SendToCssmJob(manager.environment(), *jobOptions), ids));
}

} // namespace slp::cli
