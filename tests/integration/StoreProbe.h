#pragma once

#include "store/Store.h"

#include <QString>

#include <memory>

namespace slp::test {

// Opens a database that slpctl wrote, to check what it stored. Waiting on the store's futures from
// the test thread is fine: the store runs on its own thread.
class StoreProbe
{
public:
    explicit StoreProbe(const QString &databasePath);
    ~StoreProbe();

    bool isOpen() const { return m_openError.isEmpty(); }
    QString openError() const { return m_openError; }
    Store &store() { return *m_store; }

    DeviceRecord device(const QString &hostname);
    QList<DeviceOverview> overview();
    std::optional<SnapshotRecord> latest(qint64 deviceId, bool withRawOutputs = true);
    int snapshotCount(qint64 deviceId);
    QList<AuditEntry> audit(qint64 deviceId);
    QString integrity();

private:
    std::unique_ptr<Store> m_store;
    QString m_openError;
};

} // namespace slp::test
