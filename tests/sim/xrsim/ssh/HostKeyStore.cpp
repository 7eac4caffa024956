#include "HostKeyStore.h"

#include "HostKey.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace slp::xrsim {

HostKeyStore::HostKeyStore(QString path)
    : m_path(std::move(path))
{ }

bool HostKeyStore::load(QString *error)
{
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = m_path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = m_path + QStringLiteral(": not a host key store (delete it to get new host keys)");
        return false;
    }
    const QJsonObject keys = document.object();
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it)
        m_keys.insert(it.key(), it.value().toString().toLatin1());
    return true;
}

bool HostKeyStore::provide(const QString &hostname, HostKey *key, QString *error)
{
    const auto existing = m_keys.constFind(hostname);
    if (existing != m_keys.constEnd()) {
        if (!key->load(*existing, error)) {
            *error = QStringLiteral("%1: host key of %2: %3").arg(m_path, hostname, *error);
            return false;
        }
        return true;
    }
    if (!key->generate(error))
        return false;
    m_keys.insert(hostname, key->privateKeyText());
    m_changed = true;
    return true;
}

bool HostKeyStore::saveIfChanged(QString *error)
{
    if (!m_changed)
        return true;
    QJsonObject keys;
    for (auto it = m_keys.constBegin(); it != m_keys.constEnd(); ++it)
        keys.insert(it.key(), QString::fromLatin1(it.value()));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = m_path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(keys).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = m_path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    m_changed = false;
    return true;
}

} // namespace slp::xrsim
