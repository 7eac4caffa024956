#pragma once

#include <QByteArray>
#include <QString>

namespace slp {

// A server's public host key: its type ("ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa") and the
// key blob in SSH wire format (what known_hosts stores base64-encoded).
struct SshHostKey
{
    QString type;
    QByteArray blob;

    bool isNull() const { return blob.isEmpty(); }
    // "SHA256:<base64 without padding>", the same text OpenSSH's `ssh-keygen -l` and `ssh` print.
    QString fingerprintSha256() const;
    QString base64() const { return QString::fromLatin1(blob.toBase64()); }

    friend bool operator==(const SshHostKey &, const SshHostKey &) = default;
};

} // namespace slp
