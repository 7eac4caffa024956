#pragma once

#include "CredentialProfile.h"
#include "StoreResult.h"
#include "StoreSession.h"

#include <QCoreApplication>

namespace slp {

// The `credential_profiles` table. A profile still used by devices cannot be removed; renaming
// one renames the devices' references with it.
class CredentialProfileTable
{
    Q_DECLARE_TR_FUNCTIONS(slp::CredentialProfileTable)
public:
    explicit CredentialProfileTable(StoreSession &session)
        : m_session(session)
    { }

    StoreResult<qint64> insert(CredentialProfile profile);
    StoreError update(CredentialProfile profile);
    StoreError remove(qint64 id);
    StoreResult<CredentialProfile> find(qint64 id);
    StoreResult<CredentialProfile> findByName(const QString &name); // case-insensitive
    StoreResult<QList<CredentialProfile>> all(); // ordered by name

private:
    StoreError validate(CredentialProfile &profile);
    StoreResult<CredentialProfile> findWhere(const QString &condition, const QVariant &value);

    StoreSession &m_session;
};

} // namespace slp
