#pragma once

#include "StoreResult.h"
#include "StoreSession.h"

#include <QCoreApplication>
#include <QHash>

namespace slp {

// The `settings` table (schema v3): small key/value texts that slpctl and the GUI share through the
// database (CSSM endpoint and account, wizard progress). Never secrets: those go to the SecretStore.
class SettingsTable
{
    Q_DECLARE_TR_FUNCTIONS(slp::SettingsTable)
public:
    explicit SettingsTable(StoreSession &session)
        : m_session(session)
    { }

    // Every key starting with `prefix` ("cssm.") and its value.
    StoreResult<QHash<QString, QString>> values(const QString &prefix);
    // Inserts or replaces each key; an empty value removes the key.
    StoreError setValues(const QHash<QString, QString> &values);

private:
    StoreSession &m_session;
};

} // namespace slp
