#include "KeychainSecretStore.h"

#include "SecretsLogging.h"

#include <QPromise>
#include <qt6keychain/keychain.h>

namespace slp {

namespace {

using Promise = std::shared_ptr<QPromise<SecretResult>>;

SecretResult noBackend(const QString &detail)
{
    return SecretResult::failure(
        SecretResult::Error::NoBackend,
        SecretStore::tr("No OS keychain is available (%1). On a server without a keyring, use the encrypted "
                        "secrets file with a master password (SLP_MASTER_PASSWORD).")
            .arg(detail));
}

SecretResult translateJobResult(const QKeychain::Job &job, const QString &reference, const Secret &readSecret)
{
    using Error = SecretResult::Error;
    switch (job.error()) {
    case QKeychain::NoError:
        return SecretResult::success(readSecret);
    case QKeychain::EntryNotFound:
        // Nothing stored under this reference: not an error (read: empty secret; remove: already gone).
        return SecretResult::success();
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return noBackend(job.errorString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretResult::failure(
            Error::AccessDenied,
            SecretStore::tr("The OS keychain refused access to \"%1\": %2").arg(reference, job.errorString()));
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // On Linux, QtKeychain reports a missing session bus or Secret Service as OtherError with
    // GLib's message; to the admin it means the same as NoBackendAvailable.
    const QString detail = job.errorString();
    static const QLatin1String unreachableHints[]
        = {QLatin1String("D-Bus"), QLatin1String("DBus"), QLatin1String("Could not connect"),
           QLatin1String("/org/freedesktop/secrets"), QLatin1String("org.freedesktop.secrets")};
    for (const QLatin1String hint : unreachableHints) {
        if (detail.contains(hint, Qt::CaseInsensitive))
            return noBackend(detail);
    }
    return SecretResult::failure(Error::Other,
                                 SecretStore::tr("The OS keychain failed for \"%1\": %2").arg(reference, detail));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString serviceName)
    : m_serviceName(std::move(serviceName))
    , m_jobOwner(std::make_unique<QObject>())
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::backendName() const
{
    return tr("OS keychain (service \"%1\")").arg(m_serviceName);
}

QFuture<SecretResult> KeychainSecretStore::read(const QString &reference)
{
    if (const QString problem = checkReference(reference); !problem.isEmpty())
        return ready(SecretResult::failure(SecretResult::Error::InvalidReference, problem));
    return start(Operation::Read, reference, {});
}

QFuture<SecretResult> KeychainSecretStore::write(const QString &reference, const Secret &secret)
{
    if (SecretResult refused = checkWrite(reference, secret); !refused.ok())
        return ready(std::move(refused));
    return start(Operation::Write, reference, secret);
}

QFuture<SecretResult> KeychainSecretStore::remove(const QString &reference)
{
    if (const QString problem = checkReference(reference); !problem.isEmpty())
        return ready(SecretResult::failure(SecretResult::Error::InvalidReference, problem));
    return start(Operation::Remove, reference, {});
}

QFuture<SecretResult> KeychainSecretStore::start(Operation operation, const QString &reference, const Secret &secret)
{
    auto promise = std::make_shared<QPromise<SecretResult>>();
    QFuture<SecretResult> future = promise->future();
    promise->start();

    QObject *owner = m_jobOwner.get();
    const QString service = m_serviceName;
    auto launch = [owner, service, operation, reference, secret, promise]() {
        QKeychain::Job *job = nullptr;
        switch (operation) {
        case Operation::Read:
            job = new QKeychain::ReadPasswordJob(service, owner);
            break;
        case Operation::Write: {
            auto *writeJob = new QKeychain::WritePasswordJob(service, owner);
            writeJob->setBinaryData(secret.revealBytes());
            job = writeJob;
            break;
        }
        case Operation::Remove:
            job = new QKeychain::DeletePasswordJob(service, owner);
            break;
        }
        // A plain-text QSettings fallback would defeat the point of a keychain.
        job->setInsecureFallback(false);
        job->setAutoDelete(true);
        job->setKey(reference);
        QObject::connect(job, &QKeychain::Job::finished, owner, [promise, reference](QKeychain::Job *finished) {
            Secret value;
            if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                value = Secret(readJob->binaryData());
            SecretResult result = translateJobResult(*finished, reference, value);
            if (!result.ok())
                qCWarning(lcSecrets) << "keychain operation on" << reference << "failed:" << result.message;
            promise->addResult(std::move(result));
            promise->finish();
        });
        job->start();
    };
    QMetaObject::invokeMethod(owner, std::move(launch), Qt::QueuedConnection);
    return future;
}

} // namespace slp
