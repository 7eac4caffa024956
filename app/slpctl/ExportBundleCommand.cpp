// slpctl export-bundle: Download All for Cisco, one UD_SA_<ts>.tar.gz for CSSM's offline upload.
#include "CliContext.h"
#include "CommandLine.h"
#include "DeviceSelection.h"
#include "FutureWait.h"
#include "JobRunner.h"
#include "LibraryAccess.h"
#include "OptionParser.h"

#include "flows/ExportBundleJob.h"
#include "flows/JobManager.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>

namespace slp::cli {

namespace {

const QString usage = QStringLiteral(
    "Usage: slpctl export-bundle OUT (--all | NAME...) [--from-library] [--force] [--mode unreported|all]\n"
    "                            [--parallel N] [--accept-new-host-keys] [--quiet] [--connect-timeout S]\n"
    "                            [--command-timeout S] [--idle-timeout S]\n\n"
    "Download All for Cisco: collects usage on every device (as `slpctl collect`), then writes ONE upload\n"
    "bundle UD_SA_<ts>.tar.gz to OUT (a file, or an existing folder to write it into) for the offline\n"
    "upload to CSSM, keeps it in the report library and marks the reports in it bundled. With\n"
    "--from-library nothing is collected: each device's newest collected report file that is not bundled\n"
    "yet goes in. A device that fails is reported and left out; the bundle holds the others. An existing\n"
    "OUT file is not overwritten unless --force. Exit status 0 only when every device succeeded.\n");

} // namespace

int runExportBundle(const QStringList &arguments)
{
    QStringList args = arguments;
    const std::unique_ptr<CliContext> context = CliContext::create(QStringLiteral("export-bundle"), args);
    if (!context)
        return ExitUsage;
    OptionParser options(*context, usage);
    options.addOption(QStringLiteral("all"), QStringLiteral("Every device of the inventory."));
    options.addOption(QStringLiteral("from-library"), QStringLiteral("Bundle the reports already collected."));
    options.addOption(QStringLiteral("force"), QStringLiteral("Overwrite an existing OUT file."));
    options.addOption(QStringLiteral("mode"), QStringLiteral("unreported (default) or all."), QStringLiteral("MODE"));
    JobRunner::addOptions(options);
    if (const auto stop = options.parse(args))
        return *stop;
    QStringList positional = options.positional();
    if (positional.isEmpty()) {
        context->error(QStringLiteral("where to? give the OUT file or folder first"));
        return ExitUsage;
    }
    const QString outputPath = QFileInfo(positional.takeFirst()).absoluteFilePath();
    const bool all = options.isSet(QStringLiteral("all"));
    if (all == !positional.isEmpty()) {
        context->error(all ? QStringLiteral("give either --all or device NAMEs, not both")
                           : QStringLiteral("which devices? give --all or their NAMEs"));
        return ExitUsage;
    }
    const bool force = options.isSet(QStringLiteral("force"));
    const QFileInfo output(outputPath);
    if (output.exists() && !output.isDir() && !force) {
        context->error(QStringLiteral("%1 exists: not overwritten (use --force to replace it)").arg(outputPath));
        return ExitFailed;
    }
    if (!output.isDir() && !output.absoluteDir().exists()) {
        context->error(QStringLiteral("%1: the folder does not exist").arg(output.absolutePath()));
        return ExitFailed;
    }
    const QString modeText
        = options.isSet(QStringLiteral("mode")) ? options.value(QStringLiteral("mode")) : QStringLiteral("unreported");
    const std::optional<UsageMode> mode = usageModeFromText(modeText);
    if (!mode) {
        context->error(QStringLiteral("--mode %1: use unreported or all").arg(modeText));
        return ExitUsage;
    }
    const std::optional<JobOptions> jobOptions = JobRunner::readOptions(options);
    if (!jobOptions)
        return ExitUsage;
    if (!context->openStore())
        return ExitFailed;
    const std::optional<QList<DeviceRecord>> devices = selectDevices(*context, positional);
    if (!devices)
        return ExitFailed;
    if (devices->isEmpty()) {
        out() << "the inventory is empty: add devices with `slpctl devices add` or `slpctl devices import`\n";
        return ExitOk;
    }
    ExportBundleJob::Settings bundleSettings;
    bundleSettings.mode = *mode;
    bundleSettings.outputPath = outputPath;
    bundleSettings.overwrite = force;
    bundleSettings.fromLibrary = options.isSet(QStringLiteral("from-library"));
    // From the library no device is contacted: no secrets needed.
    SecretStore *secrets = nullptr;
    if (!bundleSettings.fromLibrary) {
        secrets = context->secrets();
        if (!secrets)
            return ExitFailed;
    }

    JobManagerSettings settings;
    settings.knownHostsPath = context->knownHostsPath();
    settings.libraryDirectory = libraryDirectory(*context);
    settings.defaults = *jobOptions;
    JobManager manager(&context->store(), secrets, settings);
    QList<qint64> ids;
    for (const DeviceRecord &device : *devices)
        ids.append(device.id);
    auto *job = new ExportBundleJob(manager.environment(), *jobOptions, bundleSettings);
    QObject::connect(job, &ExportBundleJob::bundleWritten, job,
                     [](const QString &path, qint64 libraryFileId, int deviceFiles) {
                         out() << "upload bundle: " << path << " (" << deviceFiles << " device file(s), library file "
                               << libraryFileId << ")\n";
                         out().flush();
                     });
    JobRunner runner(*context, manager, options.isSet(QStringLiteral("quiet")));
    const int status = runner.run(manager.startJob(job, ids));
    if (job->bundlePath().isEmpty() && !job->bundleError().isEmpty())
        context->error(job->bundleError());
    return status;
}

} // namespace slp::cli
