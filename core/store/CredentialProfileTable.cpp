#include "CredentialProfileTable.h"

#include "DeviceValidator.h"
#include "SqlValues.h"

namespace slp {

namespace {

const QString profileColumns = QStringLiteral("id, name, username, auth_method, secret_ref, private_key_path");

CredentialProfile profileFrom(const QSqlQuery &query)
{
    CredentialProfile profile;
    profile.id = query.value(0).toLongLong();
    profile.name = query.value(1).toString();
    profile.username = query.value(2).toString();
    profile.authMethod = CredentialProfile::authMethodFromText(query.value(3).toString())
                             .value_or(CredentialProfile::AuthMethod::Password);
    profile.secretRef = query.value(4).toString();
    profile.privateKeyPath = query.value(5).toString();
    return profile;
}

void bindProfile(QSqlQuery &query, const CredentialProfile &profile)
{
    query.bindValue(QStringLiteral(":name"), profile.name);
    query.bindValue(QStringLiteral(":username"), sql::text(profile.username));
    query.bindValue(QStringLiteral(":method"), CredentialProfile::toText(profile.authMethod));
    query.bindValue(QStringLiteral(":secret"), sql::fromOptionalText(profile.secretRef));
    query.bindValue(QStringLiteral(":key"), sql::fromOptionalText(profile.privateKeyPath));
}

} // namespace

StoreError CredentialProfileTable::validate(CredentialProfile &profile)
{
    const QList<FieldIssue> issues = DeviceValidator::normalize(profile);
    if (!issues.isEmpty())
        return StoreError::make(
            StoreError::Code::InvalidInput,
            tr("Credential profile \"%1\" is not valid: %2").arg(profile.name, describeIssues(issues)));
    StoreResult<CredentialProfile> existing = findByName(profile.name);
    if (existing.ok() && existing.value.id != profile.id)
        return StoreError::make(StoreError::Code::Duplicate,
                                tr("A credential profile named \"%1\" already exists.").arg(existing.value.name));
    if (existing.error.code == StoreError::Code::Database)
        return existing.error;
    return StoreError::none();
}

StoreResult<qint64> CredentialProfileTable::insert(CredentialProfile profile)
{
    profile.id = 0;
    if (StoreError error = validate(profile); !error.ok())
        return StoreResult<qint64>::failure(error);
    QSqlQuery &query = m_session.prepared(
        QStringLiteral("INSERT INTO credential_profiles (name, username, auth_method, secret_ref, private_key_path) "
                       "VALUES (:name, :username, :method, :secret, :key)"));
    bindProfile(query, profile);
    if (StoreError error = m_session.exec(query, tr("Adding credential profile \"%1\"").arg(profile.name)); !error.ok())
        return StoreResult<qint64>::failure(error);
    return StoreResult<qint64>::success(query.lastInsertId().toLongLong());
}

StoreError CredentialProfileTable::update(CredentialProfile profile)
{
    if (StoreResult<CredentialProfile> existing = find(profile.id); !existing.ok())
        return existing.error;
    if (StoreError error = validate(profile); !error.ok())
        return error;
    QSqlQuery &query = m_session.prepared(
        QStringLiteral("UPDATE credential_profiles SET name = :name, username = :username, auth_method = :method, "
                       "secret_ref = :secret, private_key_path = :key WHERE id = :id"));
    bindProfile(query, profile);
    query.bindValue(QStringLiteral(":id"), profile.id);
    return m_session.exec(query, tr("Updating credential profile \"%1\"").arg(profile.name));
}

StoreError CredentialProfileTable::remove(qint64 id)
{
    StoreResult<CredentialProfile> existing = find(id);
    if (!existing.ok())
        return existing.error;
    QSqlQuery &users = m_session.prepared(
        QStringLiteral("SELECT count(*), min(hostname) FROM devices WHERE credential_ref = :name"));
    users.bindValue(QStringLiteral(":name"), existing.value.name);
    if (StoreError error = m_session.exec(users, tr("Checking who uses a credential profile")); !error.ok())
        return error;
    if (users.next() && users.value(0).toInt() > 0)
        return StoreError::make(StoreError::Code::InUse,
                                tr("Credential profile \"%1\" is used by %n device(s) (e.g. \"%2\"); assign them "
                                   "another profile first.",
                                   nullptr, users.value(0).toInt())
                                    .arg(existing.value.name, users.value(1).toString()));
    QSqlQuery &query = m_session.prepared(QStringLiteral("DELETE FROM credential_profiles WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    return m_session.exec(query, tr("Removing credential profile \"%1\"").arg(existing.value.name));
}

StoreResult<CredentialProfile> CredentialProfileTable::findWhere(const QString &condition, const QVariant &value)
{
    QSqlQuery &query = m_session.prepared(
        QStringLiteral("SELECT %1 FROM credential_profiles WHERE %2").arg(profileColumns, condition));
    query.bindValue(QStringLiteral(":value"), value);
    if (StoreError error = m_session.exec(query, tr("Reading a credential profile")); !error.ok())
        return StoreResult<CredentialProfile>::failure(error);
    if (!query.next())
        return StoreResult<CredentialProfile>::failure(StoreError::make(StoreError::Code::NotFound, {}));
    return StoreResult<CredentialProfile>::success(profileFrom(query));
}

StoreResult<CredentialProfile> CredentialProfileTable::find(qint64 id)
{
    StoreResult<CredentialProfile> result = findWhere(QStringLiteral("id = :value"), id);
    if (result.error.code == StoreError::Code::NotFound)
        result.error.message = tr("There is no credential profile with id %1.").arg(id);
    return result;
}

StoreResult<CredentialProfile> CredentialProfileTable::findByName(const QString &name)
{
    StoreResult<CredentialProfile> result = findWhere(QStringLiteral("name = :value COLLATE NOCASE"), name);
    if (result.error.code == StoreError::Code::NotFound)
        result.error.message = tr("There is no credential profile named \"%1\".").arg(name);
    return result;
}

StoreResult<QList<CredentialProfile>> CredentialProfileTable::all()
{
    QSqlQuery &query = m_session.prepared(
        QStringLiteral("SELECT %1 FROM credential_profiles ORDER BY name COLLATE NOCASE").arg(profileColumns));
    if (StoreError error = m_session.exec(query, tr("Listing credential profiles")); !error.ok())
        return StoreResult<QList<CredentialProfile>>::failure(error);
    QList<CredentialProfile> profiles;
    while (query.next())
        profiles.append(profileFrom(query));
    return StoreResult<QList<CredentialProfile>>::success(std::move(profiles));
}

} // namespace slp
