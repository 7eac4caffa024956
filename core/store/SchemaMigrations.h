#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace slp {

// The database schema as a list of forward migrations. Migration N takes a database from
// PRAGMA user_version N-1 to N; each runs in one transaction. Never edit a released migration:
// add the next one (tests/store keeps a frozen copy of version 1 to prove the path still works).
struct SchemaMigration
{
    int version = 0;
    QString description;
    QStringList statements; // one SQL statement each (Qt's SQLite driver runs one at a time)
};

class SchemaMigrations
{
public:
    // PRAGMA application_id of every SLP Console database: 'SLPC'.
    static constexpr int applicationId = 0x534C5043;

    static const QList<SchemaMigration> &all();
    static int latestVersion();
};

} // namespace slp
