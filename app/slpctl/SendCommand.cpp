// slpctl send: Send to CSSM (online). Collects every selected device's unreported usage, sends all of
// it to CSSM in one submission, waits for the ACKs and imports each on its device.
#include "CliContext.h"
#include "CommandLine.h"
#include "DeviceFlowCommand.h"
#include "OptionParser.h"

#include "flows/SendToCssmJob.h"

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
    DeviceFlowCommand::addOptions(options);
    if (const auto stop = options.parse(args))
        return *stop;
    // Before any router is touched: without CSSM there is nothing to send to.
    DeviceFlowCommand command(*context, options, DeviceFlowCommand::CssmUse::Required);
    command.makeJob = [](const JobEnvironment &environment, const JobOptions &jobOptions) -> Job * {
        return new SendToCssmJob(environment, jobOptions);
    };
    return command.run(options.positional());
}

} // namespace slp::cli
