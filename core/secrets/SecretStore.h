#pragma once

#include "SecretResult.h"

#include <QCoreApplication>
#include <QFuture>

namespace slp {

// Where passwords, key passphrases and tokens live, keyed by a reference such as
// "credential/lab-admin" (CredentialProfile::secretReference). Every operation is asynchronous:
// the OS keychain may prompt or talk D-Bus, the encrypted file derives a key. Continue with
// QFuture::then(context, ...) or a QFutureWatcher on the GUI thread; a worker thread may wait on
// the future. Implementations are safe to call from any thread.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(slp::SecretStore)
public:
    virtual ~SecretStore() = default;

    // Where the secrets go, for messages and the settings page ("OS keychain", "encrypted file ...").
    virtual QString backendName() const = 0;

    virtual QFuture<SecretResult> read(const QString &reference) = 0;
    // Writing an empty secret is refused: use remove().
    virtual QFuture<SecretResult> write(const QString &reference, const Secret &secret) = 0;
    // Removing a reference that holds nothing succeeds.
    virtual QFuture<SecretResult> remove(const QString &reference) = 0;

    // Empty when `reference` is acceptable, else the reason: 1 to 128 characters out of
    // letters, digits and . _ - / : @
    static QString checkReference(const QString &reference);

    // Blocks until `future` ends and returns its result. For worker threads only: the keychain
    // jobs run on the thread that created the store (the GUI thread), which must stay free.
    static SecretResult waitFor(QFuture<SecretResult> future);

protected:
    SecretStore() = default;
    static QFuture<SecretResult> ready(SecretResult result);
    // The checks every write does before touching a backend; an ok() result means go ahead.
    static SecretResult checkWrite(const QString &reference, const Secret &secret);
};

} // namespace slp
