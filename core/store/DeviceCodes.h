#pragma once

#include "DeviceCode.h"
#include "JobStepRecord.h"
#include "SnapshotRecord.h"
#include "StoreResult.h"

#include <QFuture>
#include <QList>

#include <optional>

namespace slp {

class Store;

// The SLR codes kept per device (table `device_codes`), queued on the store's thread like every
// Store call. saveOutcome() is what the device flows use: a device's new codes, its fresh snapshot
// and its job step land in ONE transaction, so a crash never keeps a code without its step.
class DeviceCodes
{
public:
    explicit DeviceCodes(Store &store)
        : m_store(store)
    { }

    QFuture<StoreResult<qint64>> add(const DeviceCode &code);
    // Oldest first; deviceId 0: every device.
    QFuture<StoreResult<QList<DeviceCode>>> list(qint64 deviceId);
    // The newest code of `kind` for the device; NotFound when there is none.
    QFuture<StoreResult<DeviceCode>> latest(qint64 deviceId, DeviceCode::Kind kind);
    QFuture<StoreError> saveOutcome(const QList<DeviceCode> &codes, const std::optional<SnapshotRecord> &snapshot,
                                    const JobStepRecord &step);

private:
    Store &m_store;
};

} // namespace slp
