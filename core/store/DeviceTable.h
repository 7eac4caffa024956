#pragma once

#include "DeviceOverview.h"
#include "DeviceRecord.h"
#include "StoreResult.h"
#include "StoreSession.h"

#include <QCoreApplication>
#include <QHash>

namespace slp {

// The `devices` table. Validates (DeviceValidator) and refuses duplicates with a message naming
// the device that already has the hostname or address:port.
class DeviceTable
{
    Q_DECLARE_TR_FUNCTIONS(slp::DeviceTable)
public:
    explicit DeviceTable(StoreSession &session)
        : m_session(session)
    { }

    StoreResult<qint64> insert(DeviceRecord device);
    // Updates what an admin edits; lastSeen, lastError and the latest snapshot stay as they are.
    // The host key fingerprint is kept unless the address or port changed (then it is cleared).
    StoreError update(DeviceRecord device);
    StoreError remove(qint64 id); // its snapshots, usage rows and raw outputs go with it

    StoreResult<DeviceRecord> find(qint64 id);
    StoreResult<DeviceRecord> findByHostname(const QString &hostname);
    StoreResult<QList<DeviceRecord>> all(); // ordered by hostname
    StoreResult<QList<DeviceOverview>> overview();

    StoreError recordFailure(qint64 id, const QString &error);
    StoreError setHostKeyFingerprint(qint64 id, const QString &fingerprint);

    // Hostnames (lower case) and endpoints (lower case "address:port") already taken, each mapped
    // to the owning device's hostname: what a CSV import checks its rows against.
    StoreError takenNames(QHash<QString, QString> *hostnames, QHash<QString, QString> *endpoints);
    // The key of `endpoints` above for an already canonical address.
    static QString endpointKey(const QString &address, int port);

private:
    StoreError validate(DeviceRecord &device);
    StoreError checkUnique(const DeviceRecord &device);
    StoreResult<DeviceRecord> findWhere(const QString &condition, const QVariant &value);
    StoreError requireChanged(qint64 id);

    StoreSession &m_session;
};

} // namespace slp
