#include "DeviceSelection.h"

#include "CliContext.h"
#include "FutureWait.h"

#include "store/Store.h"

#include <QHash>

namespace slp::cli {

std::optional<QList<DeviceRecord>> selectDevices(CliContext &context, const QStringList &names)
{
    const StoreResult<QList<DeviceRecord>> devices = await(context.store().devices());
    if (!devices.ok()) {
        context.error(devices.error.message);
        return std::nullopt;
    }
    if (names.isEmpty())
        return devices.value;
    QHash<QString, DeviceRecord> byName;
    for (const DeviceRecord &device : devices.value)
        byName.insert(device.hostname.toLower(), device);
    QList<DeviceRecord> selected;
    QStringList unknown;
    for (const QString &name : names) {
        const auto it = byName.constFind(name.toLower());
        if (it == byName.constEnd())
            unknown.append(name);
        else if (!selected.contains(*it))
            selected.append(*it);
    }
    if (!unknown.isEmpty()) {
        context.error(
            QStringLiteral("no device named %1 (see `slpctl devices list`)").arg(unknown.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return selected;
}

} // namespace slp::cli
