// slpctl import-acks: Upload from Cisco. Reads ACK bundles and ACK files, keeps them in the report
// library, matches each ACK to a device by UDI and imports them on the routers (ImportAckJob).
#include "CliContext.h"
#include "CommandLine.h"
#include "FutureWait.h"
#include "JobRunner.h"
#include "OptionParser.h"

#include "flows/AckUploadPlanner.h"
#include "flows/ImportAckJob.h"
#include "flows/JobManager.h"
#include "store/ReportLibrary.h"
#include "store/Store.h"

#include <QFileInfo>

#include <algorithm>

namespace slp::cli {

namespace {

const QString usage = QStringLiteral(
    "Usage: slpctl import-acks FILE... [--device NAME] [--dry-run] [--parallel N] [--accept-new-host-keys] [--quiet]\n"
    "                          [--connect-timeout S] [--command-timeout S] [--idle-timeout S]\n\n"
    "Upload from Cisco: reads the ACK bundles (ACK_UD_SA_<ts>.tar.gz) and single ACK files Cisco returned,\n"
    "keeps them in the report library, matches each ACK to a device by the UDI of its latest snapshot,\n"
    "and imports them on the routers: upload over SFTP, `license smart import`, then the state is read\n"
    "again and `Last ACK received` must have moved. An ACK for another UDI is refused before the router is\n"
    "touched. Archives with escaping paths, links or oversized members are refused naming the entry.\n"
    "--device NAME imports every given ACK file on that one device instead of matching (Import ACK on a\n"
    "device; an ACK for another UDI is still refused). --dry-run only reports what would be imported. Exit status 0 "
    "only when every ACK was read, matched\n"
    "and imported on its device.\n");

constexpr int namesShown = 20;

QString someNames(const QStringList &names)
{
    if (names.size() <= namesShown)
        return names.join(QStringLiteral(", "));
    return QStringLiteral("%1 and %2 more")
        .arg(names.first(namesShown).join(QStringLiteral(", ")))
        .arg(names.size() - namesShown);
}

void report(const AckUploadPlan &plan)
{
    for (const AckUploadFile &file : plan.files) {
        if (!file.error.isEmpty())
            err() << "refused: " << file.error << '\n';
    }
    for (const QString &problem : plan.bundleProblems)
        err() << "note: " << problem << '\n';
    for (const AckUploadEntry &entry : plan.entries) {
        if (!entry.problem.isEmpty())
            err() << "refused: " << entry.problem << '\n';
        else if (entry.deviceId == 0)
            err() << "unmatched: " << entry.name << ": UDI " << entry.ack.udi->canonicalText()
                  << " is no device of the inventory (refresh it, or add it): not imported\n";
    }
    out() << plan.entries.size() << " ACK(s) read from " << plan.files.size() << " file(s): " << plan.matchedCount()
          << " matched to a device, " << plan.unmatchedCount() << " unmatched, " << plan.refusedCount() << " refused\n";
    if (!plan.devicesWithoutAck.isEmpty())
        out() << plan.devicesWithoutAck.size() << " device(s) without an ACK: " << someNames(plan.devicesWithoutAck)
              << '\n';
    out().flush();
    err().flush();
}

// Adds the bundles and ACKs to the library; the job's sources per device, or nullopt after an error.
std::optional<ImportAckJob::Sources> addToLibrary(CliContext &context, ReportLibrary &library,
                                                  const AckUploadPlan &plan)
{
    QHash<int, qint64> bundleIds;
    for (qsizetype i = 0; i < plan.files.size(); ++i) {
        const AckUploadFile &file = plan.files.at(i);
        if (!file.isBundle || !file.error.isEmpty())
            continue;
        LibraryFileInput input;
        input.kind = LibraryFileKind::AckBundle;
        input.state = LibraryFileState::Acknowledged;
        input.content = file.content;
        input.fileName = QFileInfo(file.path).fileName();
        const StoreResult<LibraryFile> added = await(library.add(input));
        if (!added.ok()) {
            context.error(QStringLiteral("%1: cannot keep it in the library: %2").arg(file.path, added.error.message));
            return std::nullopt;
        }
        bundleIds.insert(int(i), added.value.id);
    }
    struct Adding
    {
        qint64 deviceId = 0;
        QString name;
        QFuture<StoreResult<LibraryFile>> future;
    };
    QList<Adding> adding;
    for (const AckUploadEntry &entry : plan.entries) {
        if (!entry.problem.isEmpty())
            continue;
        LibraryFileInput input;
        input.kind = LibraryFileKind::Ack;
        input.state = LibraryFileState::Acknowledged;
        input.content = entry.ack.rawFile;
        input.fileName = QFileInfo(entry.name).fileName();
        input.deviceId = entry.deviceId;
        input.udi = entry.ack.udi->canonicalText();
        for (const qint64 id : entry.ack.acknowledgedReportIds)
            input.reportIds.append(QString::number(id));
        input.bundleId = bundleIds.value(entry.fileIndex);
        // Queued together: the store commits them in a few transactions.
        adding.append({entry.deviceId, entry.name, library.add(input)});
    }
    ImportAckJob::Sources sources;
    for (const Adding &entry : adding) {
        const StoreResult<LibraryFile> added = await(entry.future);
        if (!added.ok()) {
            context.error(QStringLiteral("cannot keep an ACK in the library: %1").arg(added.error.message));
            return std::nullopt;
        }
        if (entry.deviceId == 0)
            continue;
        QList<ImportAckJob::Source> &forDevice = sources[entry.deviceId];
        const bool known = std::any_of(forDevice.cbegin(), forDevice.cend(), [&](const ImportAckJob::Source &source) {
            return source.libraryFileId == added.value.id;
        });
        if (!known)
            forDevice.append({added.value.id, library.absolutePath(added.value), entry.name});
    }
    return sources;
}

} // namespace

int runImportAcks(const QStringList &arguments)
{
    QStringList args = arguments;
    const std::unique_ptr<CliContext> context = CliContext::create(QStringLiteral("import-acks"), args);
    if (!context)
        return ExitUsage;
    OptionParser options(*context, usage);
    options.addOption(QStringLiteral("dry-run"), QStringLiteral("Report what would be imported; change nothing."));
    options.addOption(QStringLiteral("device"), QStringLiteral("Import every file on this device, without matching."),
                      QStringLiteral("NAME"));
    JobRunner::addOptions(options);
    if (const auto stop = options.parse(args))
        return *stop;
    const QStringList files = options.positional();
    if (files.isEmpty()) {
        context->error(QStringLiteral("which files? give the ACK bundles or ACK files Cisco returned"));
        return ExitUsage;
    }
    const std::optional<JobOptions> jobOptions = JobRunner::readOptions(options);
    if (!jobOptions)
        return ExitUsage;
    if (!context->openStore())
        return ExitFailed;

    AckUploadPlan plan = AckUploadPlanner::read(files);
    const StoreResult<QList<DeviceOverview>> devices = await(context->store().deviceOverview());
    if (!devices.ok()) {
        context->error(QStringLiteral("cannot read the inventory: %1").arg(devices.error.message));
        return ExitFailed;
    }
    AckUploadPlanner::match(&plan, devices.value);
    if (const QString name = options.value(QStringLiteral("device")); !name.isEmpty()) {
        // Import ACK on one device: the ACKs go to it whatever their UDI; the job refuses a mismatch
        // before it touches the router.
        const auto device
            = std::find_if(devices.value.cbegin(), devices.value.cend(),
                           [&](const DeviceOverview &overview) { return overview.device.hostname == name; });
        if (device == devices.value.cend()) {
            context->error(QStringLiteral("no device named %1 in the inventory").arg(name));
            return ExitFailed;
        }
        for (AckUploadEntry &entry : plan.entries) {
            entry.deviceId = device->device.id;
            entry.deviceName = device->device.hostname;
        }
        plan.devicesWithoutAck.clear();
    }
    report(plan);
    const bool everythingMatched = plan.refusedCount() == 0 && plan.unmatchedCount() == 0;
    if (options.isSet(QStringLiteral("dry-run"))) {
        for (const AckUploadEntry &entry : plan.entries) {
            if (entry.problem.isEmpty() && entry.deviceId > 0)
                out() << entry.deviceName << ": would import " << entry.name << " ("
                      << entry.ack.acknowledgedReportIds.size() << " report(s))\n";
        }
        return everythingMatched ? ExitOk : ExitFailed;
    }
    if (plan.matchedCount() == 0)
        return ExitFailed;

    SecretStore *secrets = context->secrets();
    if (!secrets)
        return ExitFailed;
    JobManagerSettings settings;
    settings.knownHostsPath = context->knownHostsPath();
    settings.defaults = *jobOptions;
    JobManager manager(&context->store(), secrets, settings);
    ReportLibrary library(context->store(), manager.environment().libraryDirectory);
    const std::optional<ImportAckJob::Sources> sources = addToLibrary(*context, library, plan);
    if (!sources)
        return ExitFailed;
    // Devices in inventory order, so the output reads like the device list.
    QList<qint64> deviceIds;
    for (const DeviceOverview &device : devices.value) {
        if (sources->contains(device.device.id))
            deviceIds.append(device.device.id);
    }
    auto *job = new ImportAckJob(manager.environment(), *jobOptions, *sources);
    JobRunner runner(*context, manager, options.isSet(QStringLiteral("quiet")));
    const int status = runner.run(manager.startJob(job, deviceIds));
    return status != ExitOk ? status : (everythingMatched ? ExitOk : ExitFailed);
}

} // namespace slp::cli
