#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QMutex>

namespace slp {

// Secrets kept in this process only: for tests and the demo lab. Operations complete at once.
class InMemorySecretStore : public SecretStore
{
public:
    QString backendName() const override;
    QFuture<SecretResult> read(const QString &reference) override;
    QFuture<SecretResult> write(const QString &reference, const Secret &secret) override;
    QFuture<SecretResult> remove(const QString &reference) override;

    // The references that hold a secret, sorted.
    QStringList references() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, Secret> m_secrets;
};

} // namespace slp
