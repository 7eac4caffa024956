#include "StoreProbe.h"

namespace slp::test {

StoreProbe::StoreProbe(const QString &databasePath)
    : m_store(std::make_unique<Store>())
{
    const StoreError error = m_store->open(databasePath).result();
    if (!error.ok())
        m_openError = error.message;
}

StoreProbe::~StoreProbe() = default;

DeviceRecord StoreProbe::device(const QString &hostname)
{
    return m_store->deviceByHostname(hostname).result().value;
}

QList<DeviceOverview> StoreProbe::overview()
{
    return m_store->deviceOverview().result().value;
}

std::optional<SnapshotRecord> StoreProbe::latest(qint64 deviceId, bool withRawOutputs)
{
    const StoreResult<SnapshotRecord> latest = m_store->latestSnapshot(deviceId, withRawOutputs).result();
    return latest.ok() ? std::optional(latest.value) : std::nullopt;
}

int StoreProbe::snapshotCount(qint64 deviceId)
{
    return int(m_store->snapshotHistory(deviceId, 1000).result().value.size());
}

QList<AuditEntry> StoreProbe::audit(qint64 deviceId)
{
    return m_store->auditLog(deviceId, 1000).result().value;
}

QString StoreProbe::integrity()
{
    const StoreResult<QString> check = m_store->integrityCheck().result();
    return check.ok() ? check.value : check.error.message;
}

} // namespace slp::test
