// slpctl reports: the report library (collected RUM files, bundles, ACKs, SLR codes): list, show, export.
#include "ActionDispatch.h"
#include "CliContext.h"
#include "CommandLine.h"
#include "FutureWait.h"
#include "LibraryAccess.h"
#include "OptionParser.h"

#include "store/ReportLibrary.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace slp::cli {

namespace {

const QString usage = QStringLiteral(
    "Usage: slpctl reports list [--device NAME] [--kind KIND] [--state STATE] [--json]\n"
    "       slpctl reports show ID [--json]\n"
    "       slpctl reports export ID OUT [--force]\n\n"
    "The report library: every usage report file collected from the routers (`slpctl collect`), upload\n"
    "bundles (`slpctl export-bundle`), ACKs and SLR code files, each kept once (by content). KIND is rum,\n"
    "ack, policy, upload_bundle, ack_bundle, slr_authorization, slr_request, slr_confirmation or\n"
    "slr_return; STATE is collected, bundled, sent, acknowledged, imported or failed. `export` writes a\n"
    "copy of the stored bytes after checking them against the recorded sha256 (a file changed on disk is\n"
    "refused).\n");

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject fileJson(const LibraryFile &file, const QString &hostname)
{
    QJsonArray reportIds;
    for (const QString &id : file.reportIds)
        reportIds.append(id);
    return {{QStringLiteral("id"), file.id},
            {QStringLiteral("kind"), toText(file.kind)},
            {QStringLiteral("state"), toText(file.state)},
            {QStringLiteral("device_id"), file.deviceId > 0 ? QJsonValue(file.deviceId) : QJsonValue()},
            {QStringLiteral("device"), hostname.isEmpty() ? QJsonValue() : QJsonValue(hostname)},
            {QStringLiteral("udi"), file.udi},
            {QStringLiteral("file_name"), file.fileName},
            {QStringLiteral("path"), file.path},
            {QStringLiteral("sha256"), file.sha256},
            {QStringLiteral("size"), file.size},
            {QStringLiteral("report_ids"), reportIds},
            {QStringLiteral("bundle_id"), file.bundleId > 0 ? QJsonValue(file.bundleId) : QJsonValue()},
            {QStringLiteral("job_id"), file.jobId > 0 ? QJsonValue(file.jobId) : QJsonValue()},
            {QStringLiteral("poll_id"), file.pollId},
            {QStringLiteral("detail"), file.detail},
            {QStringLiteral("created_at"), timeText(file.createdAt)},
            {QStringLiteral("updated_at"), timeText(file.updatedAt)}};
}

// Inventory id -> hostname, for showing files by device name.
QHash<qint64, QString> hostnames(CliContext &context)
{
    QHash<qint64, QString> names;
    for (const DeviceRecord &device : await(context.store().devices()).value)
        names.insert(device.id, device.hostname);
    return names;
}

std::optional<qint64> parseId(CliContext &context, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        context.error(QStringLiteral("%1 is not a library file id (see `slpctl reports list`)").arg(text));
        return std::nullopt;
    }
    return id;
}

int listFiles(CliContext &context, const QStringList &args)
{
    OptionParser options(context, usage);
    options.addOption(QStringLiteral("device"), QStringLiteral("Only this device's files."), QStringLiteral("NAME"));
    options.addOption(QStringLiteral("kind"), QStringLiteral("Only files of this kind."), QStringLiteral("KIND"));
    options.addOption(QStringLiteral("state"), QStringLiteral("Only files in this state."), QStringLiteral("STATE"));
    options.addOption(QStringLiteral("json"), QStringLiteral("JSON output."));
    if (const auto stop = options.parse(args))
        return *stop;
    if (!options.positional().isEmpty()) {
        context.error(QStringLiteral("unexpected argument %1").arg(options.positional().constFirst()));
        return ExitUsage;
    }
    LibraryFilter filter;
    if (options.isSet(QStringLiteral("kind"))) {
        filter.kind = libraryFileKindFromText(options.value(QStringLiteral("kind")));
        if (!filter.kind) {
            context.error(
                QStringLiteral("--kind %1: not a kind of library file").arg(options.value(QStringLiteral("kind"))));
            return ExitUsage;
        }
    }
    if (options.isSet(QStringLiteral("state"))) {
        filter.state = libraryFileStateFromText(options.value(QStringLiteral("state")));
        if (!filter.state) {
            context.error(
                QStringLiteral("--state %1: not a state of library file").arg(options.value(QStringLiteral("state"))));
            return ExitUsage;
        }
    }
    if (!context.openStore())
        return ExitFailed;
    if (options.isSet(QStringLiteral("device"))) {
        const QString name = options.value(QStringLiteral("device"));
        const StoreResult<DeviceRecord> device = await(context.store().deviceByHostname(name));
        if (!device.ok()) {
            context.error(QStringLiteral("--device %1: %2").arg(name, device.error.message));
            return ExitFailed;
        }
        filter.deviceId = device.value.id;
    }
    ReportLibrary library(context.store(), libraryDirectory(context));
    const StoreResult<QList<LibraryFile>> files = await(library.list(filter));
    if (!files.ok()) {
        context.error(files.error.message);
        return ExitFailed;
    }
    const QHash<qint64, QString> names = hostnames(context);
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const LibraryFile &file : files.value)
            array.append(fileJson(file, names.value(file.deviceId)));
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (files.value.isEmpty()) {
        out() << "no library files\n";
        return ExitOk;
    }
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                 .arg(QStringLiteral("ID"), 6)
                 .arg(QStringLiteral("KIND"), -13)
                 .arg(QStringLiteral("STATE"), -12)
                 .arg(QStringLiteral("DEVICE"), -16)
                 .arg(QStringLiteral("REPORTS"), 7)
                 .arg(QStringLiteral("CREATED"), -20)
                 .arg(QStringLiteral("FILE"));
    for (const LibraryFile &file : files.value) {
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                     .arg(file.id, 6)
                     .arg(toText(file.kind), -13)
                     .arg(toText(file.state), -12)
                     .arg(names.value(file.deviceId,
                                      file.deviceId > 0 ? QStringLiteral("#%1").arg(file.deviceId)
                                                        : QStringLiteral("-")),
                          -16)
                     .arg(file.reportIds.size(), 7)
                     .arg(timeText(file.createdAt), -20)
                     .arg(file.fileName);
    }
    return ExitOk;
}

int showFile(CliContext &context, const QStringList &args)
{
    OptionParser options(context, usage);
    options.addOption(QStringLiteral("json"), QStringLiteral("JSON output."));
    if (const auto stop = options.parse(args))
        return *stop;
    if (options.positional().size() != 1) {
        context.error(QStringLiteral("give one library file ID"));
        return ExitUsage;
    }
    const std::optional<qint64> id = parseId(context, options.positional().constFirst());
    if (!id)
        return ExitUsage;
    if (!context.openStore())
        return ExitFailed;
    ReportLibrary library(context.store(), libraryDirectory(context));
    const StoreResult<LibraryFile> file = await(library.file(*id));
    if (!file.ok()) {
        context.error(file.error.message);
        return ExitFailed;
    }
    const QString hostname = hostnames(context).value(file.value.deviceId);
    const QJsonObject json = fileJson(file.value, hostname);
    if (options.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const auto line = [](const QString &label, const QString &value) {
        out() << QStringLiteral("%1 %2\n").arg(label + u':', -12).arg(value.isEmpty() ? QStringLiteral("-") : value);
    };
    const LibraryFile &f = file.value;
    line(QStringLiteral("id"), QString::number(f.id));
    line(QStringLiteral("kind"), toText(f.kind));
    line(QStringLiteral("state"), toText(f.state));
    line(QStringLiteral("device"),
         hostname.isEmpty() && f.deviceId > 0 ? QStringLiteral("#%1").arg(f.deviceId) : hostname);
    line(QStringLiteral("udi"), f.udi);
    line(QStringLiteral("file"), f.fileName);
    line(QStringLiteral("stored as"), library.absolutePath(f));
    line(QStringLiteral("sha256"), f.sha256);
    line(QStringLiteral("size"), QString::number(f.size));
    line(QStringLiteral("bundle"), f.bundleId > 0 ? QString::number(f.bundleId) : QString());
    line(QStringLiteral("job"), f.jobId > 0 ? QString::number(f.jobId) : QString());
    line(QStringLiteral("poll id"), f.pollId);
    line(QStringLiteral("detail"), f.detail);
    line(QStringLiteral("created"), timeText(f.createdAt));
    line(QStringLiteral("updated"), timeText(f.updatedAt));
    line(QStringLiteral("reports"), QString::number(f.reportIds.size()));
    for (const QString &reportId : f.reportIds)
        out() << "  " << reportId << '\n';
    return ExitOk;
}

int exportFile(CliContext &context, const QStringList &args)
{
    OptionParser options(context, usage);
    options.addOption(QStringLiteral("force"), QStringLiteral("Overwrite an existing OUT file."));
    if (const auto stop = options.parse(args))
        return *stop;
    if (options.positional().size() != 2) {
        context.error(QStringLiteral("give the library file ID and the OUT file"));
        return ExitUsage;
    }
    const std::optional<qint64> id = parseId(context, options.positional().constFirst());
    if (!id)
        return ExitUsage;
    const QString outputPath = QFileInfo(options.positional().at(1)).absoluteFilePath();
    if (QFileInfo::exists(outputPath) && !options.isSet(QStringLiteral("force"))) {
        context.error(QStringLiteral("%1 exists: not overwritten (use --force to replace it)").arg(outputPath));
        return ExitFailed;
    }
    if (!context.openStore())
        return ExitFailed;
    ReportLibrary library(context.store(), libraryDirectory(context));
    const StoreResult<QByteArray> content = await(library.content(*id));
    if (!content.ok()) {
        context.error(content.error.message);
        return ExitFailed;
    }
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.value) != content.value.size() || !file.commit()) {
        context.error(QStringLiteral("cannot write %1: %2").arg(outputPath, file.errorString()));
        return ExitFailed;
    }
    out() << "library file " << *id << " written to " << outputPath << " (" << content.value.size() << " bytes, sha256 "
          << ReportLibrary::sha256Hex(content.value) << ")\n";
    return ExitOk;
}

} // namespace

int runReports(const QStringList &arguments)
{
    return dispatchAction(QStringLiteral("reports"), arguments, usage,
                          {{"list", listFiles}, {"show", showFile}, {"export", exportFile}});
}

} // namespace slp::cli
