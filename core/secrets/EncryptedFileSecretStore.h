#pragma once

#include "SecretFileCipher.h"
#include "SecretStore.h"

#include <QMap>
#include <QThreadPool>

namespace slp {

// Secrets in one file encrypted with AES-256-GCM under a key derived from a master password
// (scrypt, random salt per file): for headless Linux servers without a keyring. The caller
// supplies the master password (from a prompt, or SLP_MASTER_PASSWORD for unattended runs).
//
// The file is mode 0600 and replaced atomically on every write; a wrong master password or a
// modified file fails the operation with a clear error and leaves the file as it was.
// Operations run one at a time on a private worker thread (key derivation takes ~0.1 s).
class EncryptedFileSecretStore : public SecretStore
{
public:
    static constexpr auto masterPasswordVariable = "SLP_MASTER_PASSWORD";
    static constexpr int defaultCostLog2 = 15; // scrypt N = 32768, r = 8: 32 MiB, ~0.1 s
    static constexpr qint64 maxFileSize = 16 * 1024 * 1024;

    // `costLog2` is scrypt's log2(N) for a new file (existing files keep theirs); tests lower it.
    EncryptedFileSecretStore(QString filePath, Secret masterPassword, int costLog2 = defaultCostLog2);
    ~EncryptedFileSecretStore() override; // waits for queued operations

    // <AppDataLocation>/secrets.slpsec
    static QString defaultPath();

    QString backendName() const override;
    QFuture<SecretResult> read(const QString &reference) override;
    QFuture<SecretResult> write(const QString &reference, const Secret &secret) override;
    QFuture<SecretResult> remove(const QString &reference) override;

    // Succeeds when the file opens with the master password, or does not exist yet: lets a CLI
    // reject a mistyped master password before it starts a job.
    QFuture<SecretResult> verify();

    QString filePath() const { return m_filePath; }

private:
    using Secrets = QMap<QString, Secret>;
    // Loads, lets `change` modify the map (or just look), saves when it returns true.
    QFuture<SecretResult> run(std::function<SecretResult(Secrets &, bool *modified)> change);
    SecretResult load(Secrets *secrets);
    SecretResult save(const Secrets &secrets);
    SecretResult failure(const SecretResult &cause, bool writing) const;

    const QString m_filePath;
    const Secret m_masterPassword;
    const int m_costLog2;
    SecretFileCipher::Key m_key; // cached for the file's current salt; touched only on the worker
    QThreadPool m_worker;
};

} // namespace slp
