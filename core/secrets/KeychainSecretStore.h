#pragma once

#include "SecretStore.h"

#include <QPointer>

#include <memory>

namespace slp {

// Secrets in the OS keychain through QtKeychain (Secret Service / KWallet on Linux, Credential
// Manager on Windows), one entry per reference under the service name. Never falls back to a
// plain-text file: without a keychain every operation fails with Error::NoBackend and a message
// that names the alternative (the encrypted secrets file).
//
// QtKeychain jobs need an event loop, so the jobs run in the thread that created this store
// (normally the GUI thread); any thread may call it and gets a future back.
class KeychainSecretStore : public SecretStore
{
public:
    static constexpr auto defaultServiceName = "slpconsole";

    explicit KeychainSecretStore(QString serviceName = QString::fromLatin1(defaultServiceName));
    ~KeychainSecretStore() override;

    QString backendName() const override;
    QFuture<SecretResult> read(const QString &reference) override;
    QFuture<SecretResult> write(const QString &reference, const Secret &secret) override;
    QFuture<SecretResult> remove(const QString &reference) override;

    QString serviceName() const { return m_serviceName; }

private:
    enum class Operation { Read, Write, Remove };
    QFuture<SecretResult> start(Operation operation, const QString &reference, const Secret &secret);

    QString m_serviceName;
    // Lives in the creating thread; jobs are started there and parented to it.
    std::unique_ptr<QObject> m_jobOwner;
};

} // namespace slp
