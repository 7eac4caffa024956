// slpctl devices: the inventory (add, edit, remove, list, import and export CSV).
#include "ActionDispatch.h"
#include "CliContext.h"
#include "CommandLine.h"
#include "FutureWait.h"
#include "OptionParser.h"

#include "store/DeviceCsv.h"
#include "store/DeviceValidator.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace slp::cli {

namespace {

const QString usage = QStringLiteral(
    "Usage: slpctl devices add NAME --address ADDRESS [--port N] [--username USER] [--credential PROFILE]\n"
    "                          [--tags T1;T2] [--site SITE] [--notes TEXT]\n"
    "       slpctl devices edit NAME [--hostname NEW] [--address ADDRESS] [--port N] [--username USER]\n"
    "                          [--credential PROFILE] [--tags T1;T2] [--site SITE] [--notes TEXT]\n"
    "       slpctl devices remove NAME...\n"
    "       slpctl devices list [--json]\n"
    "       slpctl devices import FILE [--skip-bad-rows]     (FILE `-`: standard input)\n"
    "       slpctl devices export [FILE]                      (default: standard output)\n\n"
    "The inventory of routers. CSV header: hostname,address,port,username,credential,tags,site; an\n"
    "import checks every row first and imports nothing when a row is bad (unless --skip-bad-rows).\n"
    "A device's credential is a credential profile (`slpctl credentials add`); an empty --credential\n"
    "or --username clears it.\n");

constexpr qint64 maxCsvBytes = DeviceCsv::maxFileSize;

void addFieldOptions(OptionParser &options)
{
    options.addOption(QStringLiteral("address"), QStringLiteral("DNS name or IP address."), QStringLiteral("address"));
    options.addOption(QStringLiteral("port"), QStringLiteral("SSH port."), QStringLiteral("n"));
    options.addOption(QStringLiteral("username"), QStringLiteral("User (default: the profile's)."),
                      QStringLiteral("user"));
    options.addOption(QStringLiteral("credential"), QStringLiteral("Credential profile."), QStringLiteral("profile"));
    options.addOption(QStringLiteral("tags"), QStringLiteral("Tags separated by ; or |."), QStringLiteral("tags"));
    options.addOption(QStringLiteral("site"), QStringLiteral("Site."), QStringLiteral("site"));
    options.addOption(QStringLiteral("notes"), QStringLiteral("Notes."), QStringLiteral("text"));
}

// Applies the options given to `device`; false after printing a bad port.
bool applyFields(const CliContext &context, const OptionParser &options, DeviceRecord &device)
{
    if (options.isSet(QStringLiteral("address")))
        device.address = options.value(QStringLiteral("address"));
    if (options.isSet(QStringLiteral("port"))) {
        bool ok = false;
        device.port = options.value(QStringLiteral("port")).toInt(&ok);
        if (!ok) {
            context.error(QStringLiteral("--port %1: not a number").arg(options.value(QStringLiteral("port"))));
            return false;
        }
    }
    if (options.isSet(QStringLiteral("username")))
        device.username = options.value(QStringLiteral("username"));
    if (options.isSet(QStringLiteral("credential")))
        device.credentialRef = options.value(QStringLiteral("credential"));
    if (options.isSet(QStringLiteral("tags")))
        device.tags = DeviceValidator::splitTags(options.value(QStringLiteral("tags")));
    if (options.isSet(QStringLiteral("site")))
        device.site = options.value(QStringLiteral("site"));
    if (options.isSet(QStringLiteral("notes")))
        device.notes = options.value(QStringLiteral("notes"));
    return true;
}

int addDevice(CliContext &context, const QStringList &args)
{
    OptionParser options(context, usage);
    addFieldOptions(options);
    if (const auto stop = options.parse(args))
        return *stop;
    if (options.positional().size() != 1 || !options.isSet(QStringLiteral("address"))) {
        context.error(QStringLiteral("give one NAME and --address, e.g. `slpctl devices add pe1 --address 192.0.2.1`"));
        return ExitUsage;
    }
    DeviceRecord device;
    device.hostname = options.positional().constFirst();
    if (!applyFields(context, options, device) || !context.openStore())
        return ExitFailed;
    const StoreResult<qint64> added = await(context.store().addDevice(device));
    if (!added.ok()) {
        context.error(added.error.message);
        return ExitFailed;
    }
    out() << "added " << device.hostname << " (id " << added.value << ")\n";
    return ExitOk;
}

std::optional<DeviceRecord> findDevice(CliContext &context, const QString &name)
{
    const StoreResult<DeviceRecord> found = await(context.store().deviceByHostname(name));
    if (!found.ok()) {
        context.error(found.error.code == StoreError::Code::NotFound
                          ? QStringLiteral("there is no device named \"%1\" (see `slpctl devices list`)").arg(name)
                          : found.error.message);
        return std::nullopt;
    }
    return found.value;
}

int editDevice(CliContext &context, const QStringList &args)
{
    OptionParser options(context, usage);
    addFieldOptions(options);
    options.addOption(QStringLiteral("hostname"), QStringLiteral("New name."), QStringLiteral("name"));
    if (const auto stop = options.parse(args))
        return *stop;
    if (options.positional().size() != 1) {
        context.error(QStringLiteral("give the NAME of one device"));
        return ExitUsage;
    }
    if (!context.openStore())
        return ExitFailed;
    std::optional<DeviceRecord> device = findDevice(context, options.positional().constFirst());
    if (!device)
        return ExitFailed;
    if (options.isSet(QStringLiteral("hostname")))
        device->hostname = options.value(QStringLiteral("hostname"));
    if (!applyFields(context, options, *device))
        return ExitFailed;
    const StoreError updated = await(context.store().updateDevice(*device));
    if (!updated.ok()) {
        context.error(updated.message);
        return ExitFailed;
    }
    out() << "updated " << device->hostname << '\n';
    return ExitOk;
}

int removeDevices(CliContext &context, const QStringList &args)
{
    OptionParser options(context, usage);
    if (const auto stop = options.parse(args))
        return *stop;
    if (options.positional().isEmpty()) {
        context.error(QStringLiteral("give the NAME of at least one device"));
        return ExitUsage;
    }
    if (!context.openStore())
        return ExitFailed;
    int status = ExitOk;
    for (const QString &name : options.positional()) {
        const std::optional<DeviceRecord> device = findDevice(context, name);
        if (!device) {
            status = ExitFailed;
            continue;
        }
        const StoreError removed = await(context.store().removeDevice(device->id));
        if (!removed.ok()) {
            context.error(removed.message);
            status = ExitFailed;
            continue;
        }
        out() << "removed " << device->hostname << '\n';
    }
    return status;
}

QJsonObject deviceJson(const DeviceOverview &overview)
{
    const DeviceRecord &device = overview.device;
    QJsonObject json {
        {QStringLiteral("id"), device.id},
        {QStringLiteral("hostname"), device.hostname},
        {QStringLiteral("address"), device.address},
        {QStringLiteral("port"), device.port},
        {QStringLiteral("username"), device.username},
        {QStringLiteral("credential"), device.credentialRef},
        {QStringLiteral("tags"), QJsonArray::fromStringList(device.tags)},
        {QStringLiteral("site"), device.site},
        {QStringLiteral("notes"), device.notes},
        {QStringLiteral("host_key_fingerprint"), device.hostKeyFingerprint},
        {QStringLiteral("last_seen"),
         device.lastSeen.isValid() ? QJsonValue(device.lastSeen.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("last_error"), device.lastError.isEmpty() ? QJsonValue() : QJsonValue(device.lastError)},
    };
    if (overview.latest)
        json.insert(QStringLiteral("udi"), overview.latest->udi);
    return json;
}

int listDevices(CliContext &context, const QStringList &args)
{
    OptionParser options(context, usage);
    options.addOption(QStringLiteral("json"), QStringLiteral("JSON output."));
    if (const auto stop = options.parse(args))
        return *stop;
    if (!context.openStore())
        return ExitFailed;
    const StoreResult<QList<DeviceOverview>> devices = await(context.store().deviceOverview());
    if (!devices.ok()) {
        context.error(devices.error.message);
        return ExitFailed;
    }
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const DeviceOverview &overview : devices.value)
            array.append(deviceJson(overview));
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg(QStringLiteral("NAME"), -20)
                 .arg(QStringLiteral("ADDRESS"), -24)
                 .arg(QStringLiteral("CREDENTIAL"), -14)
                 .arg(QStringLiteral("SITE"), -12)
                 .arg(QStringLiteral("LAST SEEN"), -17)
                 .arg(QStringLiteral("TAGS"));
    for (const DeviceOverview &overview : devices.value) {
        const DeviceRecord &device = overview.device;
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                     .arg(device.hostname, -20)
                     .arg(device.endpoint(), -24)
                     .arg(device.credentialRef.isEmpty() ? QStringLiteral("-") : device.credentialRef, -14)
                     .arg(device.site.isEmpty() ? QStringLiteral("-") : device.site, -12)
                     .arg(device.lastSeen.isValid()
                              ? device.lastSeen.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                              : QStringLiteral("never"),
                          -17)
                     .arg(device.tags.join(u';'));
    }
    out() << devices.value.size() << " device(s)\n";
    return ExitOk;
}

std::optional<QByteArray> readCsv(const CliContext &context, const QString &path)
{
    QByteArray data;
    if (path == QLatin1String("-")) {
        // A pipe delivers in pieces: read to the end (or just past the limit).
        char buffer[65536];
        size_t got = 0;
        while (data.size() <= maxCsvBytes && (got = std::fread(buffer, 1, sizeof buffer, stdin)) > 0)
            data.append(buffer, qsizetype(got));
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            context.error(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
            return std::nullopt;
        }
        data = file.read(maxCsvBytes + 1);
    }
    if (data.size() > maxCsvBytes) {
        context.error(
            QStringLiteral("%1 is larger than %2 MiB: not an inventory file").arg(path).arg(maxCsvBytes >> 20));
        return std::nullopt;
    }
    return data;
}

int importDevices(CliContext &context, const QStringList &args)
{
    OptionParser options(context, usage);
    options.addOption(QStringLiteral("skip-bad-rows"), QStringLiteral("Import the good rows even if some are bad."));
    if (const auto stop = options.parse(args))
        return *stop;
    if (options.positional().size() != 1) {
        context.error(QStringLiteral("give one FILE (or - for standard input)"));
        return ExitUsage;
    }
    const QString path = options.positional().constFirst();
    const std::optional<QByteArray> data = readCsv(context, path);
    if (!data || !context.openStore())
        return ExitFailed;
    CsvImportOptions importOptions;
    importOptions.skipBadRows = options.isSet(QStringLiteral("skip-bad-rows"));
    const StoreResult<CsvImportReport> report = await(context.store().importDevicesCsv(*data, importOptions));
    for (const CsvImportIssue &issue : report.value.issues)
        err() << path << ": " << issue.toString() << '\n';
    if (!report.ok()) {
        context.error(report.error.message);
        return ExitFailed;
    }
    out() << "imported " << report.value.imported << " of " << report.value.rowsRead << " device(s)";
    if (report.value.skipped > 0)
        out() << ", skipped " << report.value.skipped << " bad row(s)";
    out() << '\n';
    return report.value.issues.isEmpty() ? ExitOk : ExitFailed;
}

int exportDevices(CliContext &context, const QStringList &args)
{
    OptionParser options(context, usage);
    if (const auto stop = options.parse(args))
        return *stop;
    if (options.positional().size() > 1) {
        context.error(QStringLiteral("give at most one FILE"));
        return ExitUsage;
    }
    if (!context.openStore())
        return ExitFailed;
    const StoreResult<QByteArray> csv = await(context.store().exportDevicesCsv());
    if (!csv.ok()) {
        context.error(csv.error.message);
        return ExitFailed;
    }
    if (options.positional().isEmpty() || options.positional().constFirst() == QLatin1String("-")) {
        out().flush();
        std::fwrite(csv.value.constData(), 1, size_t(csv.value.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    QSaveFile file(options.positional().constFirst());
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.value) != csv.value.size() || !file.commit()) {
        context.error(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return ExitFailed;
    }
    return ExitOk;
}

} // namespace

int runDevices(const QStringList &arguments)
{
    return dispatchAction(QStringLiteral("devices"), arguments, usage,
                          {{"add", addDevice},
                           {"edit", editDevice},
                           {"remove", removeDevices},
                           {"list", listDevices},
                           {"import", importDevices},
                           {"export", exportDevices}});
}

} // namespace slp::cli
