#pragma once

#include "SecretResult.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace slp {

// The on-disk format of the encrypted secrets file, and nothing else (no file I/O).
//
//   offset  size  field
//        0     8  magic "SLPSECv1"
//        8     1  KDF id (1 = scrypt)
//        9     1  scrypt log2(N)
//       10     1  scrypt r
//       11     1  scrypt p
//       12    16  salt (random per file)
//       28    16  key check: HMAC-SHA256(check key, "slp-secrets-key-check"), first 16 bytes
//       44    12  AES-GCM nonce (random per write)
//       56     n  AES-256-GCM ciphertext of the JSON payload
//     56+n    16  GCM tag; bytes 0..55 are authenticated as additional data
//
// scrypt turns the passphrase into 64 bytes: the AES key and the check key. The key check lets
// the store tell "wrong passphrase" from "file modified" (the GCM tag alone cannot).
class SecretFileCipher
{
    Q_DECLARE_TR_FUNCTIONS(slp::SecretFileCipher)
public:
    struct KdfParameters
    {
        quint8 log2N = 15;
        quint8 r = 8;
        quint8 p = 1;
        QByteArray salt;
        bool operator==(const KdfParameters &) const = default;
    };

    struct Key
    {
        KdfParameters kdf;
        QByteArray encryptionKey;
        QByteArray keyCheck;
        bool isValid() const { return !encryptionKey.isEmpty(); }
    };

    static constexpr int minLog2N = 10;
    static constexpr int maxLog2N = 20;

    // Fresh parameters with a random salt; cost clamped to [minLog2N, maxLog2N].
    static KdfParameters newParameters(int log2N);
    // The KDF parameters stored in a file's header, or Error::Corrupt.
    static std::optional<KdfParameters> readParameters(const QByteArray &file, SecretResult *failure);
    static Key deriveKey(const Secret &passphrase, const KdfParameters &kdf, SecretResult *failure);

    static QByteArray encrypt(const Key &key, const QByteArray &plaintext, SecretResult *failure);
    // WrongPassphrase when the key check differs, Corrupt when the tag does not verify.
    static std::optional<QByteArray> decrypt(const Key &key, const QByteArray &file, SecretResult *failure);
};

} // namespace slp
