#pragma once

#include "StoreResult.h"

#include <QFuture>
#include <QString>

namespace slp {

class Store;

// One value of the `settings` table by its exact key, for callers outside core/store (the SLR
// wizard keeps its progress under "wizard.slr"). Never secrets: those go to the SecretStore.
class SettingValue
{
public:
    SettingValue(Store &store, QString key);

    // The stored text; empty when the key was never set (or was cleared).
    QFuture<StoreResult<QString>> read() const;
    // Inserts or replaces the value; an empty value removes the key.
    QFuture<StoreError> write(const QString &value) const;
    QFuture<StoreError> clear() const { return write(QString()); }

private:
    Store &m_store;
    QString m_key;
};

} // namespace slp
