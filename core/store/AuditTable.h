#pragma once

#include "AuditEntry.h"
#include "StoreResult.h"
#include "StoreSession.h"

#include <QCoreApplication>

namespace slp {

// The append-only `audit_log` table. Commands are passed through redactCommand() first.
class AuditTable
{
    Q_DECLARE_TR_FUNCTIONS(slp::AuditTable)
public:
    explicit AuditTable(StoreSession &session)
        : m_session(session)
    { }

    StoreResult<qint64> append(AuditEntry entry);
    // Newest first; deviceId 0 means every device; at most `limit` entries (<= 0: all).
    StoreResult<QList<AuditEntry>> query(qint64 deviceId, int limit);

private:
    StoreSession &m_session;
};

} // namespace slp
