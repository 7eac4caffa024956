#include "DeviceTable.h"

#include "CredentialProfileTable.h"
#include "DeviceValidator.h"
#include "SnapshotRow.h"
#include "SqlValues.h"

namespace slp {

namespace {

const QString deviceColumns
    = QStringLiteral("d.id, d.hostname, d.address, d.port, d.username, d.credential_ref, d.tags, d.site, d.notes, "
                     "d.host_key_fingerprint, d.last_seen, d.last_error, d.latest_snapshot_id");
constexpr int deviceColumnCount = 13;

DeviceRecord deviceFrom(const QSqlQuery &query)
{
    DeviceRecord device;
    device.id = query.value(0).toLongLong();
    device.hostname = query.value(1).toString();
    device.address = query.value(2).toString();
    device.port = query.value(3).toInt();
    device.username = query.value(4).toString();
    device.credentialRef = query.value(5).toString();
    device.tags = sql::splitTags(query.value(6).toString());
    device.site = query.value(7).toString();
    device.notes = query.value(8).toString();
    device.hostKeyFingerprint = query.value(9).toString();
    device.lastSeen = sql::toTime(query.value(10));
    device.lastError = query.value(11).toString();
    device.latestSnapshotId = query.value(12).toLongLong();
    return device;
}

// The fields an admin edits, as insert and update bind them.
void bindEditable(QSqlQuery &query, const DeviceRecord &device)
{
    query.bindValue(QStringLiteral(":hostname"), device.hostname);
    query.bindValue(QStringLiteral(":address"), device.address);
    query.bindValue(QStringLiteral(":port"), device.port);
    query.bindValue(QStringLiteral(":username"), sql::text(device.username));
    query.bindValue(QStringLiteral(":credential"), sql::fromOptionalText(device.credentialRef));
    query.bindValue(QStringLiteral(":tags"), sql::text(sql::joinTags(device.tags)));
    query.bindValue(QStringLiteral(":site"), sql::text(device.site));
    query.bindValue(QStringLiteral(":notes"), sql::text(device.notes));
}

} // namespace

QString DeviceTable::endpointKey(const QString &address, int port)
{
    return address.toLower() + u'|' + QString::number(port);
}

StoreError DeviceTable::validate(DeviceRecord &device)
{
    const QList<FieldIssue> issues = DeviceValidator::normalize(device);
    if (!issues.isEmpty())
        return StoreError::make(StoreError::Code::InvalidInput,
                                tr("Device \"%1\" is not valid: %2").arg(device.hostname, describeIssues(issues)));
    if (!device.credentialRef.isEmpty()) {
        // Store the profile's own spelling: the foreign key compares names exactly.
        StoreResult<CredentialProfile> profile = CredentialProfileTable(m_session).findByName(device.credentialRef);
        if (!profile.ok())
            return StoreError::make(profile.error.code,
                                    tr("Device \"%1\": %2").arg(device.hostname, profile.error.message));
        device.credentialRef = profile.value.name;
    }
    return checkUnique(device);
}

StoreError DeviceTable::checkUnique(const DeviceRecord &device)
{
    QSqlQuery &query = m_session.prepared(QStringLiteral(
        "SELECT hostname, address, port FROM devices WHERE id <> :id AND (hostname = :hostname COLLATE NOCASE "
        "OR (address = :address COLLATE NOCASE AND port = :port)) LIMIT 1"));
    query.bindValue(QStringLiteral(":id"), device.id);
    query.bindValue(QStringLiteral(":hostname"), device.hostname);
    query.bindValue(QStringLiteral(":address"), device.address);
    query.bindValue(QStringLiteral(":port"), device.port);
    if (StoreError error = m_session.exec(query, tr("Checking for duplicate devices")); !error.ok())
        return error;
    if (!query.next())
        return StoreError::none();
    const QString owner = query.value(0).toString();
    if (owner.compare(device.hostname, Qt::CaseInsensitive) == 0)
        return StoreError::make(StoreError::Code::Duplicate, tr("A device named \"%1\" already exists.").arg(owner));
    return StoreError::make(StoreError::Code::Duplicate,
                            tr("%1 already belongs to device \"%2\".").arg(device.endpoint(), owner));
}

StoreResult<qint64> DeviceTable::insert(DeviceRecord device)
{
    device.id = 0;
    if (StoreError error = validate(device); !error.ok())
        return StoreResult<qint64>::failure(error);
    QSqlQuery &query = m_session.prepared(
        QStringLiteral("INSERT INTO devices (hostname, address, port, username, credential_ref, tags, site, notes, "
                       "host_key_fingerprint, last_seen, last_error) VALUES (:hostname, :address, :port, :username, "
                       ":credential, :tags, :site, :notes, :fingerprint, :lastSeen, :lastError)"));
    bindEditable(query, device);
    query.bindValue(QStringLiteral(":fingerprint"), sql::fromOptionalText(device.hostKeyFingerprint));
    query.bindValue(QStringLiteral(":lastSeen"), sql::fromTime(device.lastSeen));
    query.bindValue(QStringLiteral(":lastError"), sql::fromOptionalText(device.lastError));
    if (StoreError error = m_session.exec(query, tr("Adding device \"%1\"").arg(device.hostname)); !error.ok())
        return StoreResult<qint64>::failure(error);
    return StoreResult<qint64>::success(query.lastInsertId().toLongLong());
}

StoreError DeviceTable::update(DeviceRecord device)
{
    if (StoreError error = validate(device); !error.ok())
        return error;
    QSqlQuery &query = m_session.prepared(QStringLiteral(
        "UPDATE devices SET hostname = :hostname, username = :username, credential_ref = :credential, "
        "tags = :tags, site = :site, notes = :notes, host_key_fingerprint = CASE WHEN address = :address "
        "COLLATE BINARY AND port = :port THEN host_key_fingerprint END, address = :address, port = :port "
        "WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), device.id);
    bindEditable(query, device);
    if (StoreError error = m_session.exec(query, tr("Updating device \"%1\"").arg(device.hostname)); !error.ok())
        return error;
    return requireChanged(device.id);
}

StoreError DeviceTable::remove(qint64 id)
{
    QSqlQuery &query = m_session.prepared(QStringLiteral("DELETE FROM devices WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (StoreError error = m_session.exec(query, tr("Removing device %1").arg(id)); !error.ok())
        return error;
    return requireChanged(id);
}

StoreError DeviceTable::requireChanged(qint64 id)
{
    QSqlQuery &changes = m_session.prepared(QStringLiteral("SELECT changes()"));
    if (StoreError error = m_session.exec(changes, tr("Reading the change count")); !error.ok())
        return error;
    if (changes.next() && changes.value(0).toInt() > 0)
        return StoreError::none();
    return StoreError::make(StoreError::Code::NotFound, tr("There is no device with id %1.").arg(id));
}

StoreResult<DeviceRecord> DeviceTable::findWhere(const QString &condition, const QVariant &value)
{
    QSqlQuery &query
        = m_session.prepared(QStringLiteral("SELECT %1 FROM devices d WHERE %2").arg(deviceColumns, condition));
    query.bindValue(QStringLiteral(":value"), value);
    if (StoreError error = m_session.exec(query, tr("Reading a device")); !error.ok())
        return StoreResult<DeviceRecord>::failure(error);
    if (!query.next())
        return StoreResult<DeviceRecord>::failure(StoreError::make(StoreError::Code::NotFound, {}));
    return StoreResult<DeviceRecord>::success(deviceFrom(query));
}

StoreResult<DeviceRecord> DeviceTable::find(qint64 id)
{
    StoreResult<DeviceRecord> result = findWhere(QStringLiteral("d.id = :value"), id);
    if (result.error.code == StoreError::Code::NotFound)
        result.error.message = tr("There is no device with id %1.").arg(id);
    return result;
}

StoreResult<DeviceRecord> DeviceTable::findByHostname(const QString &hostname)
{
    StoreResult<DeviceRecord> result = findWhere(QStringLiteral("d.hostname = :value COLLATE NOCASE"), hostname);
    if (result.error.code == StoreError::Code::NotFound)
        result.error.message = tr("There is no device named \"%1\".").arg(hostname);
    return result;
}

StoreResult<QList<DeviceRecord>> DeviceTable::all()
{
    QSqlQuery &query = m_session.prepared(
        QStringLiteral("SELECT %1 FROM devices d ORDER BY d.hostname COLLATE NOCASE").arg(deviceColumns));
    if (StoreError error = m_session.exec(query, tr("Listing devices")); !error.ok())
        return StoreResult<QList<DeviceRecord>>::failure(error);
    QList<DeviceRecord> devices;
    while (query.next())
        devices.append(deviceFrom(query));
    return StoreResult<QList<DeviceRecord>>::success(std::move(devices));
}

StoreResult<QList<DeviceOverview>> DeviceTable::overview()
{
    QSqlQuery &query = m_session.prepared(
        QStringLiteral("SELECT %1, %2, (SELECT COUNT(*) FROM license_usage u WHERE u.snapshot_id = s.id) "
                       "FROM devices d LEFT JOIN snapshots s ON s.id = d.latest_snapshot_id "
                       "ORDER BY d.hostname COLLATE NOCASE")
            .arg(deviceColumns, SnapshotRow::summaryColumns()));
    if (StoreError error = m_session.exec(query, tr("Listing devices")); !error.ok())
        return StoreResult<QList<DeviceOverview>>::failure(error);
    QList<DeviceOverview> rows;
    while (query.next()) {
        DeviceOverview row;
        row.device = deviceFrom(query);
        if (row.device.latestSnapshotId > 0) {
            row.latest = SnapshotRow::summaryFrom(query, deviceColumnCount);
            row.licensesInUse = query.value(deviceColumnCount + SnapshotRow::summaryColumnCount).toInt();
        }
        rows.append(std::move(row));
    }
    return StoreResult<QList<DeviceOverview>>::success(std::move(rows));
}

StoreError DeviceTable::recordFailure(qint64 id, const QString &error)
{
    QSqlQuery &query = m_session.prepared(QStringLiteral("UPDATE devices SET last_error = :error WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":error"), error.isEmpty() ? tr("unknown error") : error);
    if (StoreError failure = m_session.exec(query, tr("Recording the failure of device %1").arg(id)); !failure.ok())
        return failure;
    return requireChanged(id);
}

StoreError DeviceTable::setHostKeyFingerprint(qint64 id, const QString &fingerprint)
{
    QSqlQuery &query
        = m_session.prepared(QStringLiteral("UPDATE devices SET host_key_fingerprint = :fingerprint WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":fingerprint"), sql::fromOptionalText(fingerprint));
    if (StoreError error = m_session.exec(query, tr("Recording the host key of device %1").arg(id)); !error.ok())
        return error;
    return requireChanged(id);
}

StoreError DeviceTable::takenNames(QHash<QString, QString> *hostnames, QHash<QString, QString> *endpoints)
{
    QSqlQuery &query = m_session.prepared(QStringLiteral("SELECT hostname, address, port FROM devices"));
    if (StoreError error = m_session.exec(query, tr("Listing devices")); !error.ok())
        return error;
    while (query.next()) {
        const QString hostname = query.value(0).toString();
        hostnames->insert(hostname.toLower(), hostname);
        endpoints->insert(endpointKey(query.value(1).toString(), query.value(2).toInt()), hostname);
    }
    return StoreError::none();
}

} // namespace slp
