#pragma once

#include "StoreResult.h"
#include "StoreSession.h"

#include <QCoreApplication>

#include <memory>

namespace slp {

// Opens the SQLite file in the calling thread, refuses what it must not touch (a newer schema,
// another application's database, a file that is not SQLite), sets WAL, foreign keys and the busy
// timeout, and migrates an older schema forward (after a backup copy next to the file).
class StoreDatabase
{
    Q_DECLARE_TR_FUNCTIONS(slp::StoreDatabase)
public:
    static constexpr int busyTimeoutMs = 5000;

    // `connectionName` must be unique in the process; on failure the connection is removed again.
    static StoreResult<std::shared_ptr<StoreSession>> open(const QString &path, const QString &connectionName);

    // Closes the session's connection and removes it from Qt's registry.
    static void close(std::shared_ptr<StoreSession> session);

    // The backup written before migrating from `fromVersion`: "<path>.schema<N>.bak".
    static QString backupPath(const QString &path, int fromVersion);

private:
    static StoreError checkIdentity(StoreSession &session, int *version);
    static StoreError configure(StoreSession &session);
    static StoreError migrate(StoreSession &session, int fromVersion);
};

} // namespace slp
