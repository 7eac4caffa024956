// slpctl collect: Collect Usage, the routers' RUM reports saved into the report library.
#include "CliContext.h"
#include "CommandLine.h"
#include "DeviceFlowCommand.h"
#include "OptionParser.h"

#include "flows/CollectUsageJob.h"

namespace slp::cli {

namespace {

const QString usage = QStringLiteral(
    "Usage: slpctl collect (--all | NAME...) [--mode unreported|all] [--parallel N] [--accept-new-host-keys]\n"
    "                      [--quiet] [--connect-timeout S] [--command-timeout S] [--idle-timeout S]\n\n"
    "Collect Usage: on each device `license smart save usage <mode>` to a temporary file on harddisk:,\n"
    "downloads it over SFTP, checks that it reads and that every report belongs to the device, keeps it in\n"
    "the report library (`slpctl reports list`) and removes the temporary file on the router. --mode\n"
    "unreported (default) saves the reports not acknowledged yet, all includes acknowledged ones. A file\n"
    "without reports is fine (nothing to report). Exit status 0 only when every device succeeded.\n");

} // namespace

int runCollect(const QStringList &arguments)
{
    QStringList args = arguments;
    const std::unique_ptr<CliContext> context = CliContext::create(QStringLiteral("collect"), args);
    if (!context)
        return ExitUsage;
    OptionParser options(*context, usage);
    options.addOption(QStringLiteral("mode"), QStringLiteral("unreported (default) or all."), QStringLiteral("MODE"));
    DeviceFlowCommand::addOptions(options);
    if (const auto stop = options.parse(args))
        return *stop;
    const QString modeText
        = options.isSet(QStringLiteral("mode")) ? options.value(QStringLiteral("mode")) : QStringLiteral("unreported");
    const std::optional<UsageMode> mode = usageModeFromText(modeText);
    if (!mode) {
        context->error(QStringLiteral("--mode %1: use unreported or all").arg(modeText));
        return ExitUsage;
    }
    DeviceFlowCommand command(*context, options);
    command.makeJob = [mode = *mode](const JobEnvironment &environment, const JobOptions &jobOptions) -> Job * {
        return new CollectUsageJob(environment, jobOptions, mode);
    };
    return command.run(options.positional());
}

} // namespace slp::cli
