#include "SecretFileCipher.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <memory>

namespace slp {

namespace {

constexpr QByteArrayView magic = "SLPSECv1";
constexpr quint8 kdfScrypt = 1;
constexpr int saltSize = 16;
constexpr int keyCheckSize = 16;
constexpr int nonceSize = 12;
constexpr int tagSize = 16;
constexpr int keySize = 32;
constexpr int headerSize = 8 + 4 + saltSize + keyCheckSize + nonceSize;
constexpr int keyCheckOffset = 8 + 4 + saltSize;
constexpr int nonceOffset = keyCheckOffset + keyCheckSize;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), size) != 1)
        return {};
    return bytes;
}

SecretResult corrupt(const QString &why)
{
    return SecretResult::failure(SecretResult::Error::Corrupt, why);
}

} // namespace

SecretFileCipher::KdfParameters SecretFileCipher::newParameters(int log2N)
{
    KdfParameters kdf;
    kdf.log2N = quint8(std::clamp(log2N, minLog2N, maxLog2N));
    kdf.salt = randomBytes(saltSize);
    return kdf;
}

std::optional<SecretFileCipher::KdfParameters> SecretFileCipher::readParameters(const QByteArray &file,
                                                                                SecretResult *failure)
{
    if (file.size() < headerSize + tagSize || !file.startsWith(magic)) {
        *failure = corrupt(tr("it is not an SLP Console secrets file (unknown header)"));
        return std::nullopt;
    }
    const auto byteAt = [&file](int offset) { return quint8(file.at(offset)); };
    KdfParameters kdf;
    kdf.log2N = byteAt(9);
    kdf.r = byteAt(10);
    kdf.p = byteAt(11);
    kdf.salt = file.mid(12, saltSize);
    // Bounded so that a crafted header cannot make the KDF allocate gigabytes or run for hours.
    if (byteAt(8) != kdfScrypt || kdf.log2N < minLog2N || kdf.log2N > maxLog2N || kdf.r < 1 || kdf.r > 32 || kdf.p < 1
        || kdf.p > 16) {
        *failure = corrupt(tr("its key derivation parameters are not supported (KDF %1, log2 N %2, r %3, p %4)")
                               .arg(byteAt(8))
                               .arg(kdf.log2N)
                               .arg(kdf.r)
                               .arg(kdf.p));
        return std::nullopt;
    }
    return kdf;
}

SecretFileCipher::Key SecretFileCipher::deriveKey(const Secret &passphrase, const KdfParameters &kdf,
                                                  SecretResult *failure)
{
    if (passphrase.isEmpty()) {
        *failure = SecretResult::failure(SecretResult::Error::InvalidInput, tr("the master password is empty"));
        return {};
    }
    QByteArray material(2 * keySize, Qt::Uninitialized);
    const uint64_t n = uint64_t(1) << kdf.log2N;
    // scrypt needs 128 * r * N bytes (plus p blocks); leave headroom over that.
    const uint64_t maxMemory = 128 * uint64_t(kdf.r) * (n + uint64_t(kdf.p) + 2) + (1 << 20);
    const QByteArray &pass = passphrase.revealBytes();
    if (EVP_PBE_scrypt(pass.constData(), size_t(pass.size()),
                       reinterpret_cast<const unsigned char *>(kdf.salt.constData()), size_t(kdf.salt.size()), n, kdf.r,
                       kdf.p, maxMemory, reinterpret_cast<unsigned char *>(material.data()), size_t(material.size()))
        != 1) {
        *failure = SecretResult::failure(SecretResult::Error::Other,
                                         tr("deriving the key from the master password failed (scrypt)"));
        return {};
    }
    Key key;
    key.kdf = kdf;
    key.encryptionKey = material.left(keySize);
    const QByteArray checkKey = material.mid(keySize);
    static constexpr QByteArrayView label = "slp-secrets-key-check";
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    HMAC(EVP_sha256(), checkKey.constData(), keySize, reinterpret_cast<const unsigned char *>(label.data()),
         size_t(label.size()), mac, &macLength);
    key.keyCheck = QByteArray(reinterpret_cast<const char *>(mac), keyCheckSize);
    OPENSSL_cleanse(material.data(), size_t(material.size()));
    return key;
}

QByteArray SecretFileCipher::encrypt(const Key &key, const QByteArray &plaintext, SecretResult *failure)
{
    const QByteArray nonce = randomBytes(nonceSize);
    if (nonce.isEmpty()) {
        *failure = SecretResult::failure(SecretResult::Error::Other, tr("the system random generator failed"));
        return {};
    }
    QByteArray file;
    file.reserve(headerSize + plaintext.size() + tagSize);
    file.append(magic.data(), magic.size());
    file.append(char(kdfScrypt)).append(char(key.kdf.log2N)).append(char(key.kdf.r)).append(char(key.kdf.p));
    file.append(key.kdf.salt).append(key.keyCheck).append(nonce);

    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    QByteArray ciphertext(plaintext.size() + tagSize, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(ciphertext.data());
    const bool sealed = context && EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, nonceSize, nullptr) == 1
        && EVP_EncryptInit_ex(context.get(), nullptr, nullptr,
                              reinterpret_cast<const unsigned char *>(key.encryptionKey.constData()),
                              reinterpret_cast<const unsigned char *>(nonce.constData()))
            == 1
        && EVP_EncryptUpdate(context.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(file.constData()),
                             headerSize)
            == 1
        && EVP_EncryptUpdate(context.get(), out, &length,
                             reinterpret_cast<const unsigned char *>(plaintext.constData()), int(plaintext.size()))
            == 1
        && EVP_EncryptFinal_ex(context.get(), out + length, &length) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, tagSize, out + plaintext.size()) == 1;
    if (!sealed) {
        *failure = SecretResult::failure(SecretResult::Error::Other, tr("encrypting the secrets failed (AES-GCM)"));
        return {};
    }
    return file + ciphertext;
}

std::optional<QByteArray> SecretFileCipher::decrypt(const Key &key, const QByteArray &file, SecretResult *failure)
{
    const QByteArray storedCheck = file.mid(keyCheckOffset, keyCheckSize);
    if (CRYPTO_memcmp(storedCheck.constData(), key.keyCheck.constData(), keyCheckSize) != 0) {
        *failure = SecretResult::failure(SecretResult::Error::WrongPassphrase, tr("the master password is wrong"));
        return std::nullopt;
    }
    const qsizetype cipherSize = file.size() - headerSize - tagSize;
    const QByteArray nonce = file.mid(nonceOffset, nonceSize);
    QByteArray tag = file.right(tagSize);
    QByteArray plaintext(cipherSize, Qt::Uninitialized);
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    auto *out = reinterpret_cast<unsigned char *>(plaintext.data());
    const bool opened = context && EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, nonceSize, nullptr) == 1
        && EVP_DecryptInit_ex(context.get(), nullptr, nullptr,
                              reinterpret_cast<const unsigned char *>(key.encryptionKey.constData()),
                              reinterpret_cast<const unsigned char *>(nonce.constData()))
            == 1
        && EVP_DecryptUpdate(context.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(file.constData()),
                             headerSize)
            == 1
        && EVP_DecryptUpdate(context.get(), out, &length,
                             reinterpret_cast<const unsigned char *>(file.constData()) + headerSize, int(cipherSize))
            == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, tagSize, tag.data()) == 1
        && EVP_DecryptFinal_ex(context.get(), out + length, &length) == 1;
    if (!opened) {
        OPENSSL_cleanse(plaintext.data(), size_t(plaintext.size()));
        *failure = corrupt(tr("it was modified or damaged (authentication failed)"));
        return std::nullopt;
    }
    return plaintext;
}

} // namespace slp
