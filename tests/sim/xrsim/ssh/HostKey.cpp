#include "HostKey.h"

#include <QFile>
#include <QSaveFile>

namespace slp::xrsim {

HostKey::~HostKey()
{
    ssh_key_free(m_key);
}

bool HostKey::loadOrCreate(const QString &path, QString *error)
{
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QByteArray data = existing.readAll();
        if (ssh_pki_import_privkey_base64(data.constData(), nullptr, nullptr, nullptr, &m_key) != SSH_OK) {
            *error = path + QStringLiteral(": not a readable private key (delete it to get a new host key)");
            return false;
        }
    } else {
        if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &m_key) != SSH_OK) {
            *error = path + QStringLiteral(": cannot generate an Ed25519 key");
            return false;
        }
        char *encoded = nullptr;
        if (ssh_pki_export_privkey_base64(m_key, nullptr, nullptr, nullptr, &encoded) != SSH_OK) {
            *error = path + QStringLiteral(": cannot encode the new key");
            return false;
        }
        QSaveFile file(path);
        file.setDirectWriteFallback(false);
        const bool opened = file.open(QIODevice::WriteOnly);
        if (opened) {
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            file.write(encoded);
        }
        ssh_string_free_char(encoded);
        if (!opened || !file.commit()) {
            *error = path + QStringLiteral(": ") + file.errorString();
            return false;
        }
    }
    return describe(path, error);
}

ssh_key HostKey::duplicate() const
{
    char *encoded = nullptr;
    if (ssh_pki_export_privkey_base64(m_key, nullptr, nullptr, nullptr, &encoded) != SSH_OK)
        return nullptr;
    ssh_key copy = nullptr;
    if (ssh_pki_import_privkey_base64(encoded, nullptr, nullptr, nullptr, &copy) != SSH_OK)
        copy = nullptr;
    ssh_string_free_char(encoded);
    return copy;
}

bool HostKey::generateEphemeral(QString *error)
{
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &m_key) != SSH_OK) {
        *error = QStringLiteral("cannot generate an Ed25519 key");
        return false;
    }
    return describe(QStringLiteral("ephemeral key"), error);
}

bool HostKey::describe(const QString &path, QString *error)
{
    unsigned char *hash = nullptr;
    size_t hashLength = 0;
    if (ssh_get_publickey_hash(m_key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength) != SSH_OK) {
        *error = path + QStringLiteral(": cannot hash the key");
        return false;
    }
    m_fingerprint = QStringLiteral("SHA256:")
        + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), static_cast<qsizetype>(hashLength))
                                  .toBase64(QByteArray::OmitTrailingEquals));
    ssh_clean_pubkey_hash(&hash);

    char *base64 = nullptr;
    if (ssh_pki_export_pubkey_base64(m_key, &base64) != SSH_OK) {
        *error = path + QStringLiteral(": cannot export the public key");
        return false;
    }
    m_publicKeyLine = QStringLiteral("ssh-ed25519 ") + QString::fromLatin1(base64);
    ssh_string_free_char(base64);
    return true;
}

} // namespace slp::xrsim
