#include "HostKey.h"

namespace slp::xrsim {

HostKey::~HostKey()
{
    ssh_key_free(m_key);
}

bool HostKey::load(const QByteArray &privateKey, QString *error)
{
    if (ssh_pki_import_privkey_base64(privateKey.constData(), nullptr, nullptr, nullptr, &m_key) != SSH_OK) {
        *error = QStringLiteral("not a readable OpenSSH private key");
        return false;
    }
    return describe(error);
}

bool HostKey::generate(QString *error)
{
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &m_key) != SSH_OK) {
        *error = QStringLiteral("cannot generate an Ed25519 key");
        return false;
    }
    return describe(error);
}

QByteArray HostKey::privateKeyText() const
{
    char *encoded = nullptr;
    if (ssh_pki_export_privkey_base64(m_key, nullptr, nullptr, nullptr, &encoded) != SSH_OK)
        return {};
    const QByteArray text(encoded);
    ssh_string_free_char(encoded);
    return text;
}

ssh_key HostKey::duplicate() const
{
    const QByteArray text = privateKeyText();
    ssh_key copy = nullptr;
    if (text.isEmpty() || ssh_pki_import_privkey_base64(text.constData(), nullptr, nullptr, nullptr, &copy) != SSH_OK)
        return nullptr;
    return copy;
}

bool HostKey::describe(QString *error)
{
    unsigned char *hash = nullptr;
    size_t hashLength = 0;
    if (ssh_get_publickey_hash(m_key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength) != SSH_OK) {
        *error = QStringLiteral("cannot hash the key");
        return false;
    }
    m_fingerprint = QStringLiteral("SHA256:")
        + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), static_cast<qsizetype>(hashLength))
                                  .toBase64(QByteArray::OmitTrailingEquals));
    ssh_clean_pubkey_hash(&hash);
    char *base64 = nullptr;
    if (ssh_pki_export_pubkey_base64(m_key, &base64) != SSH_OK) {
        *error = QStringLiteral("cannot export the public key");
        return false;
    }
    m_publicKeyLine = QStringLiteral("ssh-ed25519 ") + QString::fromLatin1(base64);
    ssh_string_free_char(base64);
    return true;
}

} // namespace slp::xrsim
