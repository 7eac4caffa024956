#include "AckUploadPlanner.h"

#include "DeviceAckImport.h"
#include "formats/AckBundleReader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace slp {

namespace {

bool isGzip(const QByteArray &content)
{
    return content.size() >= 2 && quint8(content.at(0)) == 0x1f && quint8(content.at(1)) == 0x8b;
}

// "PID|SERIAL": what makes two UDIs the same device (PID letters in any case).
QString udiKey(const Udi &udi)
{
    return udi.pid.toUpper() + QLatin1Char('|') + udi.serial;
}

AckUploadEntry entryFor(const QString &name, int fileIndex, const QByteArray &rawFile)
{
    AckUploadEntry entry;
    entry.name = name;
    entry.fileIndex = fileIndex;
    FormatResult<AckFile> read = DeviceAckImport::readAck(rawFile, name);
    if (read.ok())
        entry.ack = std::move(read).value();
    else {
        entry.ack.rawFile = rawFile;
        entry.problem = read.error();
    }
    return entry;
}

} // namespace

AckUploadPlan AckUploadPlanner::read(const QStringList &paths, const ArchiveLimits &limits)
{
    AckUploadPlan plan;
    for (const QString &path : paths) {
        AckUploadFile file;
        file.path = path;
        const int fileIndex = int(plan.files.size());
        QFile input(path);
        const QString name = QFileInfo(path).fileName();
        if (input.size() > limits.maxArchiveBytes) {
            file.error = QStringLiteral("%1: %2 bytes, more than the %3 bytes an ACK bundle may have: refused")
                             .arg(path)
                             .arg(input.size())
                             .arg(limits.maxArchiveBytes);
        } else if (!input.open(QIODevice::ReadOnly)) {
            file.error = QStringLiteral("%1: cannot read: %2").arg(path, input.errorString());
        } else {
            const QByteArray content = input.readAll();
            if (isGzip(content)) {
                file.isBundle = true;
                const FormatResult<AckBundle> bundle = AckBundleReader::read(content, name, limits);
                if (!bundle.ok()) {
                    file.error = QStringLiteral("%1: refused: %2").arg(path, bundle.error());
                } else {
                    file.content = content;
                    for (const AckBundleEntry &member : bundle.value().entries)
                        plan.entries.append(
                            entryFor(QStringLiteral("%1/%2").arg(name, member.path), fileIndex, member.ack.rawFile));
                    for (const QString &problem : bundle.value().problems)
                        plan.bundleProblems.append(QStringLiteral("%1: %2").arg(name, problem));
                }
            } else {
                plan.entries.append(entryFor(name, fileIndex, content));
            }
        }
        plan.files.append(file);
    }
    return plan;
}

void AckUploadPlanner::match(AckUploadPlan *plan, const QList<DeviceOverview> &devices)
{
    QHash<QString, const DeviceOverview *> byUdi;
    for (const DeviceOverview &device : devices) {
        if (!device.latest)
            continue;
        if (const std::optional<Udi> udi = Udi::fromText(device.latest->udi))
            byUdi.insert(udiKey(*udi), &device);
    }
    QSet<qint64> withAck;
    for (AckUploadEntry &entry : plan->entries) {
        if (!entry.problem.isEmpty() || !entry.ack.udi)
            continue;
        if (const DeviceOverview *device = byUdi.value(udiKey(*entry.ack.udi))) {
            entry.deviceId = device->device.id;
            entry.deviceName = device->device.hostname;
            withAck.insert(device->device.id);
        }
    }
    plan->devicesWithoutAck.clear();
    for (const DeviceOverview &device : devices) {
        if (!withAck.contains(device.device.id))
            plan->devicesWithoutAck.append(device.device.hostname);
    }
}

} // namespace slp
