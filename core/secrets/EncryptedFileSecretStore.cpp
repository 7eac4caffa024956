#include "EncryptedFileSecretStore.h"

#include "SecretsLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QSaveFile>
#include <QStandardPaths>

#include <openssl/crypto.h>

namespace slp {

namespace {

constexpr auto payloadFormat = 1;

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace

EncryptedFileSecretStore::EncryptedFileSecretStore(QString filePath, Secret masterPassword, int costLog2)
    : m_filePath(std::move(filePath))
    , m_masterPassword(std::move(masterPassword))
    , m_costLog2(costLog2)
{
    // One operation at a time: each one reads, changes and replaces the whole file.
    m_worker.setMaxThreadCount(1);
}

EncryptedFileSecretStore::~EncryptedFileSecretStore()
{
    m_worker.waitForDone();
}

QString EncryptedFileSecretStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/secrets.slpsec");
}

QString EncryptedFileSecretStore::backendName() const
{
    return tr("encrypted file %1").arg(QDir::toNativeSeparators(m_filePath));
}

QFuture<SecretResult> EncryptedFileSecretStore::read(const QString &reference)
{
    if (const QString problem = checkReference(reference); !problem.isEmpty())
        return ready(SecretResult::failure(SecretResult::Error::InvalidReference, problem));
    return run([reference](Secrets &secrets, bool *) { return SecretResult::success(secrets.value(reference)); });
}

QFuture<SecretResult> EncryptedFileSecretStore::write(const QString &reference, const Secret &secret)
{
    if (SecretResult refused = checkWrite(reference, secret); !refused.ok())
        return ready(std::move(refused));
    return run([reference, secret](Secrets &secrets, bool *modified) {
        secrets.insert(reference, secret);
        *modified = true;
        return SecretResult::success();
    });
}

QFuture<SecretResult> EncryptedFileSecretStore::remove(const QString &reference)
{
    if (const QString problem = checkReference(reference); !problem.isEmpty())
        return ready(SecretResult::failure(SecretResult::Error::InvalidReference, problem));
    return run([reference](Secrets &secrets, bool *modified) {
        *modified = secrets.remove(reference) > 0;
        return SecretResult::success();
    });
}

QFuture<SecretResult> EncryptedFileSecretStore::verify()
{
    return run([](Secrets &, bool *) { return SecretResult::success(); });
}

QFuture<SecretResult> EncryptedFileSecretStore::run(std::function<SecretResult(Secrets &, bool *)> change)
{
    auto promise = std::make_shared<QPromise<SecretResult>>();
    QFuture<SecretResult> future = promise->future();
    promise->start();
    m_worker.start([this, promise, change = std::move(change)]() {
        Secrets secrets;
        SecretResult result = load(&secrets);
        if (result.ok()) {
            bool modified = false;
            result = change(secrets, &modified);
            if (result.ok() && modified) {
                if (SecretResult saved = save(secrets); !saved.ok())
                    result = saved;
            }
        }
        if (!result.ok())
            qCWarning(lcSecrets) << "secrets file" << m_filePath << ":" << result.message;
        promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

SecretResult EncryptedFileSecretStore::load(Secrets *secrets)
{
    QFile file(m_filePath);
    if (!file.exists())
        return SecretResult::success(); // no secrets yet; the first write creates the file
    if (file.size() > maxFileSize)
        return failure(SecretResult::failure(SecretResult::Error::Corrupt,
                                             tr("it is larger than %1 MiB").arg(maxFileSize / (1024 * 1024))),
                       false);
    if (!file.open(QIODevice::ReadOnly))
        return failure(SecretResult::failure(SecretResult::Error::Io, file.errorString()), false);
    const QByteArray content = file.readAll();

    SecretResult problem;
    const std::optional<SecretFileCipher::KdfParameters> kdf = SecretFileCipher::readParameters(content, &problem);
    if (!kdf)
        return failure(problem, false);
    if (!m_key.isValid() || !(m_key.kdf == *kdf)) {
        m_key = SecretFileCipher::deriveKey(m_masterPassword, *kdf, &problem);
        if (!m_key.isValid())
            return failure(problem, false);
    }
    std::optional<QByteArray> plaintext = SecretFileCipher::decrypt(m_key, content, &problem);
    if (!plaintext)
        return failure(problem, false);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*plaintext, &parseError);
    wipe(*plaintext);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || root.value(u"format").toInt() != payloadFormat)
        return failure(SecretResult::failure(SecretResult::Error::Corrupt,
                                             tr("its content is not in a format this version understands")),
                       false);
    const QJsonObject entries = root.value(u"secrets").toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it)
        secrets->insert(it.key(), Secret(QByteArray::fromBase64(it.value().toString().toLatin1())));
    return SecretResult::success();
}

SecretResult EncryptedFileSecretStore::save(const Secrets &secrets)
{
    SecretResult problem;
    if (!m_key.isValid()) {
        m_key = SecretFileCipher::deriveKey(m_masterPassword, SecretFileCipher::newParameters(m_costLog2), &problem);
        if (!m_key.isValid())
            return failure(problem, true);
    }
    QJsonObject entries;
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        entries.insert(it.key(), QString::fromLatin1(it.value().revealBytes().toBase64()));
    QByteArray plaintext
        = QJsonDocument(QJsonObject {{QStringLiteral("format"), payloadFormat}, {QStringLiteral("secrets"), entries}})
              .toJson(QJsonDocument::Compact);
    const QByteArray sealed = SecretFileCipher::encrypt(m_key, plaintext, &problem);
    wipe(plaintext);
    if (sealed.isEmpty())
        return failure(problem, true);

    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return failure(
            SecretResult::failure(SecretResult::Error::Io, tr("cannot create the folder %1").arg(info.absolutePath())),
            true);
    QSaveFile file(m_filePath);
    // Owner-only before the first byte is written, so the secrets are never readable by others.
    const bool written = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && file.write(sealed) == sealed.size()
        && file.commit();
    if (!written)
        return failure(SecretResult::failure(SecretResult::Error::Io, file.errorString()), true);
    return SecretResult::success();
}

SecretResult EncryptedFileSecretStore::failure(const SecretResult &cause, bool writing) const
{
    const QString path = QDir::toNativeSeparators(m_filePath);
    const QString message = writing
        ? tr("Cannot write the secrets file %1: %2. The previous file was left as it was.").arg(path, cause.message)
        : tr("Cannot open the secrets file %1: %2. The file was left untouched.").arg(path, cause.message);
    return SecretResult::failure(cause.error, message);
}

} // namespace slp
