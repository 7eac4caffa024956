#include "InMemorySecretStore.h"

namespace slp {

QString InMemorySecretStore::backendName() const
{
    return tr("memory (not persisted)");
}

QFuture<SecretResult> InMemorySecretStore::read(const QString &reference)
{
    if (const QString problem = checkReference(reference); !problem.isEmpty())
        return ready(SecretResult::failure(SecretResult::Error::InvalidReference, problem));
    const QMutexLocker lock(&m_mutex);
    return ready(SecretResult::success(m_secrets.value(reference)));
}

QFuture<SecretResult> InMemorySecretStore::write(const QString &reference, const Secret &secret)
{
    if (SecretResult refused = checkWrite(reference, secret); !refused.ok())
        return ready(std::move(refused));
    const QMutexLocker lock(&m_mutex);
    m_secrets.insert(reference, secret);
    return ready(SecretResult::success());
}

QFuture<SecretResult> InMemorySecretStore::remove(const QString &reference)
{
    if (const QString problem = checkReference(reference); !problem.isEmpty())
        return ready(SecretResult::failure(SecretResult::Error::InvalidReference, problem));
    const QMutexLocker lock(&m_mutex);
    m_secrets.remove(reference);
    return ready(SecretResult::success());
}

QStringList InMemorySecretStore::references() const
{
    const QMutexLocker lock(&m_mutex);
    QStringList keys = m_secrets.keys();
    keys.sort();
    return keys;
}

} // namespace slp
