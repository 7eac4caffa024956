// slpctl hostkeys: the application's known_hosts file (list, forget a changed or retired key).
#include "ActionDispatch.h"
#include "CliContext.h"
#include "CommandLine.h"
#include "FutureWait.h"
#include "OptionParser.h"

#include "ssh/KnownHostsFile.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slp::cli {

namespace {

const QString usage = QStringLiteral(
    "Usage: slpctl hostkeys list [--json]\n"
    "       slpctl hostkeys forget (NAME | HOST | HOST:PORT | [HOST]:PORT)...\n\n"
    "The SSH host keys slpctl and the console trust (an OpenSSH known_hosts file next to the database,\n"
    "or --known-hosts). After a router was replaced or its key regenerated, the refresh refuses the\n"
    "changed key: check the new fingerprint, `forget` the old key, then refresh with\n"
    "--accept-new-host-keys. NAME is a device of the inventory.\n");

struct Endpoint
{
    QString host;
    quint16 port = 22;
};

// "r1" (a device), "192.0.2.1", "192.0.2.1:2222", "[2001:db8::1]:2222", "2001:db8::1".
std::optional<Endpoint> parseEndpoint(const QString &text)
{
    Endpoint endpoint;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        endpoint.host = text.mid(1, close - 1);
        if (text.size() > close + 1) {
            if (text.at(close + 1) != u':')
                return std::nullopt;
            portText = text.mid(close + 2);
        }
    } else if (text.count(u':') == 1) {
        endpoint.host = text.section(u':', 0, 0);
        portText = text.section(u':', 1);
    } else {
        endpoint.host = text;
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return std::nullopt;
        endpoint.port = quint16(port);
    }
    if (endpoint.host.isEmpty())
        return std::nullopt;
    return endpoint;
}

int listKeys(CliContext &context, const QStringList &args)
{
    OptionParser options(context, usage);
    options.addOption(QStringLiteral("json"), QStringLiteral("JSON output."));
    if (const auto stop = options.parse(args))
        return *stop;
    if (!context.openStore())
        return ExitFailed;
    const KnownHostsFile file(context.knownHostsPath());
    QString problem;
    const QList<KnownHostEntry> entries = file.entries(&problem);
    if (!problem.isEmpty()) {
        context.error(problem);
        return ExitFailed;
    }
    const QList<DeviceRecord> devices = await(context.store().devices()).value;
    auto devicesOf = [&](const KnownHostEntry &entry) {
        QStringList names;
        for (const DeviceRecord &device : devices) {
            if (KnownHostsFile::hostsFieldMatches(entry.hosts, device.address, quint16(device.port)))
                names.append(device.hostname);
        }
        return names;
    };
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const KnownHostEntry &entry : entries)
            array.append(QJsonObject {{QStringLiteral("hosts"), entry.hosts},
                                      {QStringLiteral("type"), entry.key.type},
                                      {QStringLiteral("fingerprint"), entry.key.fingerprintSha256()},
                                      {QStringLiteral("line"), entry.lineNumber},
                                      {QStringLiteral("devices"), QJsonArray::fromStringList(devicesOf(entry))}});
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out() << "# " << file.path() << '\n';
    for (const KnownHostEntry &entry : entries) {
        const QStringList names = devicesOf(entry);
        out() << QStringLiteral("%1 %2 %3 %4\n")
                     .arg(entry.hosts, -28)
                     .arg(entry.key.type, -20)
                     .arg(entry.key.fingerprintSha256())
                     .arg(names.isEmpty() ? QString() : names.join(u','));
    }
    out() << entries.size() << " key(s)\n";
    return ExitOk;
}

int forgetKeys(CliContext &context, const QStringList &args)
{
    OptionParser options(context, usage);
    if (const auto stop = options.parse(args))
        return *stop;
    if (options.positional().isEmpty()) {
        context.error(QStringLiteral("give at least one device NAME or HOST[:PORT]"));
        return ExitUsage;
    }
    if (!context.openStore())
        return ExitFailed;
    const KnownHostsFile file(context.knownHostsPath());
    int status = ExitOk;
    for (const QString &target : options.positional()) {
        Endpoint endpoint;
        qint64 deviceId = 0;
        const StoreResult<DeviceRecord> device = await(context.store().deviceByHostname(target));
        if (device.ok()) {
            endpoint = {device.value.address, quint16(device.value.port)};
            deviceId = device.value.id;
        } else if (const std::optional<Endpoint> parsed = parseEndpoint(target)) {
            endpoint = *parsed;
        } else {
            context.error(QStringLiteral("\"%1\" is neither a device nor HOST[:PORT]").arg(target));
            status = ExitFailed;
            continue;
        }
        QString problem;
        const int removed = file.forget(endpoint.host, endpoint.port, &problem);
        if (removed < 0) {
            context.error(problem);
            status = ExitFailed;
            continue;
        }
        if (deviceId != 0)
            await(context.store().setHostKeyFingerprint(deviceId, QString()));
        out() << KnownHostsFile::hostField(endpoint.host, endpoint.port) << ": " << removed << " key(s) forgotten\n";
        if (removed == 0)
            status = ExitFailed;
    }
    return status;
}

} // namespace

int runHostKeys(const QStringList &arguments)
{
    return dispatchAction(QStringLiteral("hostkeys"), arguments, usage, {{"list", listKeys}, {"forget", forgetKeys}});
}

} // namespace slp::cli
