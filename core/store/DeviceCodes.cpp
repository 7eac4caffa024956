#include "DeviceCodes.h"

#include "DeviceCodeTable.h"
#include "JobTable.h"
#include "SnapshotTable.h"
#include "Store.h"
#include "StoreTasks.h"

namespace slp {

QFuture<StoreResult<qint64>> DeviceCodes::add(const DeviceCode &code)
{
    return storetasks::write<StoreResult<qint64>>(
        m_store.worker(), [code](StoreSession &session) { return DeviceCodeTable(session).append(code); });
}

QFuture<StoreResult<QList<DeviceCode>>> DeviceCodes::list(qint64 deviceId)
{
    return storetasks::read<StoreResult<QList<DeviceCode>>>(
        m_store.worker(), [deviceId](StoreSession &session) { return DeviceCodeTable(session).list(deviceId); });
}

QFuture<StoreResult<DeviceCode>> DeviceCodes::latest(qint64 deviceId, DeviceCode::Kind kind)
{
    return storetasks::read<StoreResult<DeviceCode>>(m_store.worker(), [deviceId, kind](StoreSession &session) {
        const StoreResult<QList<DeviceCode>> all = DeviceCodeTable(session).list(deviceId);
        if (!all.ok())
            return StoreResult<DeviceCode>::failure(all.error);
        for (auto it = all.value.crbegin(); it != all.value.crend(); ++it) {
            if (it->kind == kind)
                return StoreResult<DeviceCode>::success(*it);
        }
        return StoreResult<DeviceCode>::failure(StoreError::make(
            StoreError::Code::NotFound,
            QStringLiteral("No SLR %1 code is kept for device %2.").arg(DeviceCode::kindName(kind)).arg(deviceId)));
    });
}

QFuture<StoreError> DeviceCodes::saveOutcome(const QList<DeviceCode> &codes,
                                             const std::optional<SnapshotRecord> &snapshot, const JobStepRecord &step)
{
    return storetasks::write<StoreError>(m_store.worker(), [codes, snapshot, step](StoreSession &session) {
        DeviceCodeTable table(session);
        for (const DeviceCode &code : codes) {
            if (const StoreResult<qint64> added = table.append(code); !added.ok())
                return added.error;
        }
        if (snapshot) {
            if (const StoreResult<qint64> saved = SnapshotTable(session).insert(*snapshot); !saved.ok())
                return saved.error;
        }
        return JobTable(session).upsertStep(step);
    });
}

} // namespace slp
