// Store: devices, credential profiles and the inventory CSV.
#include "Store.h"

#include "AuditTable.h"
#include "CredentialProfileTable.h"
#include "DeviceCsv.h"
#include "DeviceTable.h"
#include "StoreTasks.h"

namespace slp {

using storetasks::read;
using storetasks::write;

namespace {

// Runs `change` and, when it succeeded, writes `audit` in the same transaction.
StoreError withAudit(StoreSession &session, StoreError change, const AuditEntry &audit)
{
    if (!change.ok())
        return change;
    return AuditTable(session).append(audit).error;
}

} // namespace

QFuture<StoreResult<qint64>> Store::addDevice(const DeviceRecord &device)
{
    const AuditEntry audit = inventoryAudit(QStringLiteral("device-add"), 0, {});
    return write<StoreResult<qint64>>(*m_worker, [device, audit](StoreSession &session) {
        StoreResult<qint64> added = DeviceTable(session).insert(device);
        if (added.ok()) {
            AuditEntry entry = audit;
            entry.deviceId = added.value;
            entry.detail = device.hostname.trimmed();
            added.error = AuditTable(session).append(entry).error;
        }
        return added;
    });
}

QFuture<StoreError> Store::updateDevice(const DeviceRecord &device)
{
    const AuditEntry audit = inventoryAudit(QStringLiteral("device-edit"), device.id, device.hostname.trimmed());
    return write<StoreError>(*m_worker, [device, audit](StoreSession &session) {
        return withAudit(session, DeviceTable(session).update(device), audit);
    });
}

QFuture<StoreError> Store::removeDevice(qint64 deviceId)
{
    const AuditEntry audit = inventoryAudit(QStringLiteral("device-remove"), 0, {});
    return write<StoreError>(*m_worker, [deviceId, audit](StoreSession &session) {
        DeviceTable devices(session);
        StoreResult<DeviceRecord> existing = devices.find(deviceId);
        if (!existing.ok())
            return existing.error;
        AuditEntry entry = audit;
        entry.detail = QStringLiteral("%1 (%2)").arg(existing.value.hostname, existing.value.endpoint());
        return withAudit(session, devices.remove(deviceId), entry);
    });
}

QFuture<StoreResult<DeviceRecord>> Store::device(qint64 deviceId)
{
    return read<StoreResult<DeviceRecord>>(
        *m_worker, [deviceId](StoreSession &session) { return DeviceTable(session).find(deviceId); });
}

QFuture<StoreResult<DeviceRecord>> Store::deviceByHostname(const QString &hostname)
{
    return read<StoreResult<DeviceRecord>>(
        *m_worker, [hostname](StoreSession &session) { return DeviceTable(session).findByHostname(hostname); });
}

QFuture<StoreResult<QList<DeviceRecord>>> Store::devices()
{
    return read<StoreResult<QList<DeviceRecord>>>(*m_worker,
                                                  [](StoreSession &session) { return DeviceTable(session).all(); });
}

QFuture<StoreResult<QList<DeviceOverview>>> Store::deviceOverview()
{
    return read<StoreResult<QList<DeviceOverview>>>(
        *m_worker, [](StoreSession &session) { return DeviceTable(session).overview(); });
}

QFuture<StoreError> Store::setHostKeyFingerprint(qint64 deviceId, const QString &fingerprint)
{
    return write<StoreError>(*m_worker, [deviceId, fingerprint](StoreSession &session) {
        return DeviceTable(session).setHostKeyFingerprint(deviceId, fingerprint);
    });
}

QFuture<StoreResult<CsvImportReport>> Store::importDevicesCsv(const QByteArray &csv, const CsvImportOptions &options)
{
    const AuditEntry audit = inventoryAudit(QStringLiteral("devices-import"), 0, {});
    return write<StoreResult<CsvImportReport>>(*m_worker, [csv, options, audit](StoreSession &session) {
        StoreResult<CsvImportReport> imported = DeviceCsv::import(session, csv, options);
        if (imported.ok()) {
            AuditEntry entry = audit;
            entry.detail
                = QStringLiteral("%1 imported, %2 skipped").arg(imported.value.imported).arg(imported.value.skipped);
            imported.error = AuditTable(session).append(entry).error;
        }
        return imported;
    });
}

QFuture<StoreResult<QByteArray>> Store::exportDevicesCsv()
{
    return read<StoreResult<QByteArray>>(*m_worker, [](StoreSession &session) {
        StoreResult<QList<DeviceRecord>> all = DeviceTable(session).all();
        if (!all.ok())
            return StoreResult<QByteArray>::failure(all.error);
        return StoreResult<QByteArray>::success(DeviceCsv::exportDevices(all.value));
    });
}

QFuture<StoreResult<qint64>> Store::addCredentialProfile(const CredentialProfile &profile)
{
    const AuditEntry audit = inventoryAudit(QStringLiteral("credential-add"), 0, profile.name.trimmed());
    return write<StoreResult<qint64>>(*m_worker, [profile, audit](StoreSession &session) {
        StoreResult<qint64> added = CredentialProfileTable(session).insert(profile);
        added.error = withAudit(session, added.error, audit);
        return added;
    });
}

QFuture<StoreError> Store::updateCredentialProfile(const CredentialProfile &profile)
{
    const AuditEntry audit = inventoryAudit(QStringLiteral("credential-edit"), 0, profile.name.trimmed());
    return write<StoreError>(*m_worker, [profile, audit](StoreSession &session) {
        return withAudit(session, CredentialProfileTable(session).update(profile), audit);
    });
}

QFuture<StoreError> Store::removeCredentialProfile(qint64 profileId)
{
    const AuditEntry audit = inventoryAudit(QStringLiteral("credential-remove"), 0, {});
    return write<StoreError>(*m_worker, [profileId, audit](StoreSession &session) {
        CredentialProfileTable profiles(session);
        StoreResult<CredentialProfile> existing = profiles.find(profileId);
        if (!existing.ok())
            return existing.error;
        AuditEntry entry = audit;
        entry.detail = existing.value.name;
        return withAudit(session, profiles.remove(profileId), entry);
    });
}

QFuture<StoreResult<CredentialProfile>> Store::credentialProfileByName(const QString &name)
{
    return read<StoreResult<CredentialProfile>>(
        *m_worker, [name](StoreSession &session) { return CredentialProfileTable(session).findByName(name); });
}

QFuture<StoreResult<QList<CredentialProfile>>> Store::credentialProfiles()
{
    return read<StoreResult<QList<CredentialProfile>>>(
        *m_worker, [](StoreSession &session) { return CredentialProfileTable(session).all(); });
}

} // namespace slp
