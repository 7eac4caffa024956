// slpctl transport: configures the license transport (cslu | smart | off, URL, proxy, VRF) of devices.
#include "CliContext.h"
#include "CommandLine.h"
#include "DeviceFlowCommand.h"
#include "DeviceSelection.h"
#include "FutureWait.h"
#include "OptionParser.h"

#include "flows/TransportJob.h"
#include "flows/TransportPlan.h"
#include "parse/ShowCommand.h"
#include "parse/StatusParser.h"
#include "store/Store.h"

namespace slp::cli {

namespace {

const QString usage = QStringLiteral(
    "Usage: slpctl transport (cslu | smart | off) [--url URL] [--proxy HOST:PORT | --proxy none]\n"
    "                        [--vrf NAME | --vrf none] [--dry-run] (--all | NAME...) [job options]\n\n"
    "Sets the license transport of each device in configuration mode (configure, the lines, commit,\n"
    "end) and checks `show license status` afterwards. When the router does not show the new settings,\n"
    "the previous ones are applied again (rollback) and the device fails saying so. Only lines that\n"
    "change something are sent. --url sets the URL of the chosen transport (http or https);\n"
    "--proxy none / --vrf none remove them; options left out are not touched.\n"
    "--dry-run prints the config lines per device, planned against its latest snapshot, and touches\n"
    "no router. Exit status 0 only when every device succeeded.\n");

// "host:port", "[v6::addr]:port" or "none".
bool readProxy(const QString &text, TransportSettings *settings)
{
    if (text == QLatin1String("none")) {
        settings->proxy = TransportSettings::Change::Remove;
        return true;
    }
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    if (!ok)
        return false;
    settings->proxy = TransportSettings::Change::Set;
    settings->proxyHost = host;
    settings->proxyPort = port;
    return true;
}

int dryRun(CliContext &context, const TransportSettings &settings, const OptionParser &options)
{
    if (!context.openStore())
        return ExitFailed;
    const QStringList names = options.positional().mid(1);
    const std::optional<QList<DeviceRecord>> devices = selectDevices(context, names);
    if (!devices)
        return ExitFailed;
    for (const DeviceRecord &device : *devices) {
        const StoreResult<SnapshotRecord> latest = await(context.store().latestSnapshot(device.id, true));
        std::optional<Transport> current;
        if (latest.ok()) {
            for (const RawOutput &raw : latest.value.rawOutputs) {
                if (raw.command != showCommandText(ShowCommand::Status))
                    continue;
                if (const ParseResult<LicenseStatus> status = StatusParser::parse(raw.text); status.recognised)
                    current = status.data.transport;
            }
        }
        const QStringList lines = TransportPlan::configLines(settings, current);
        out() << device.hostname << ':'
              << (current ? QString() : QStringLiteral(" (no snapshot with its transport: every line is listed)"))
              << (lines.isEmpty() ? QStringLiteral(" nothing to change") : QString()) << '\n';
        if (!lines.isEmpty()) {
            out() << "  configure\n";
            for (const QString &line : lines)
                out() << "  " << line << '\n';
            out() << "  commit\n  end\n";
        }
    }
    return ExitOk;
}

} // namespace

int runTransport(const QStringList &arguments)
{
    QStringList args = arguments;
    const std::unique_ptr<CliContext> context = CliContext::create(QStringLiteral("transport"), args);
    if (!context)
        return ExitUsage;
    OptionParser options(*context, usage);
    options.addOption(QStringLiteral("url"), QStringLiteral("URL of the transport (http/https)."),
                      QStringLiteral("URL"));
    options.addOption(QStringLiteral("proxy"), QStringLiteral("HOST:PORT, or none."), QStringLiteral("PROXY"));
    options.addOption(QStringLiteral("vrf"), QStringLiteral("HTTP client VRF, or none."), QStringLiteral("NAME"));
    options.addOption(QStringLiteral("dry-run"), QStringLiteral("Print the config lines; change nothing."));
    DeviceFlowCommand::addOptions(options);
    if (const auto stop = options.parse(args))
        return *stop;
    const QString type = options.positional().value(0);
    TransportSettings settings;
    if (type == QLatin1String("cslu") || type == QLatin1String("smart") || type == QLatin1String("off")) {
        settings.type = transportTypeFromText(type);
    } else {
        context->error(type.isEmpty() ? QStringLiteral("which transport? give cslu, smart or off")
                                      : QStringLiteral("unknown transport \"%1\": give cslu, smart or off").arg(type));
        return ExitUsage;
    }
    settings.url = options.value(QStringLiteral("url"));
    if (options.isSet(QStringLiteral("proxy")) && !readProxy(options.value(QStringLiteral("proxy")), &settings)) {
        context->error(
            QStringLiteral("--proxy: give HOST:PORT or none, not \"%1\"").arg(options.value(QStringLiteral("proxy"))));
        return ExitUsage;
    }
    if (options.isSet(QStringLiteral("vrf"))) {
        const QString vrf = options.value(QStringLiteral("vrf"));
        settings.vrf
            = vrf == QLatin1String("none") ? TransportSettings::Change::Remove : TransportSettings::Change::Set;
        settings.vrfName = vrf == QLatin1String("none") ? QString() : vrf;
    }
    if (const QString problem = settings.validate(); !problem.isEmpty()) {
        context->error(problem);
        return ExitUsage;
    }
    if (options.isSet(QStringLiteral("dry-run")))
        return dryRun(*context, settings, options);
    DeviceFlowCommand flow(*context, options);
    flow.makeJob = [&settings](const JobEnvironment &environment, const JobOptions &jobOptions) -> Job * {
        return new TransportJob(environment, jobOptions, settings);
    };
    return flow.run(options.positional().mid(1));
}

} // namespace slp::cli
