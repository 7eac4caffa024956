#pragma once

#include <QByteArray>
#include <QString>
#include <libssh/libssh.h>

namespace slp::xrsim {

// An Ed25519 host key. Persistence is HostKeyStore's business: one file for the whole lab, so that
// a thousand routers cost one fsync on first boot instead of a thousand.
class HostKey
{
public:
    HostKey() = default;
    ~HostKey();
    HostKey(const HostKey &) = delete;
    HostKey &operator=(const HostKey &) = delete;

    // From the OpenSSH private key text.
    bool load(const QByteArray &privateKey, QString *error);
    bool generate(QString *error);
    QByteArray privateKeyText() const;

    ssh_key key() const { return m_key; }
    // A new handle on the same key, for APIs that take ownership (ssh_bind's IMPORT_KEY frees what it gets).
    ssh_key duplicate() const;
    // "SHA256:<base64 without padding>", as OpenSSH prints it.
    const QString &fingerprint() const { return m_fingerprint; }
    // "ssh-ed25519 AAAA...", ready for a known_hosts line.
    const QString &publicKeyLine() const { return m_publicKeyLine; }

private:
    bool describe(QString *error);

    ssh_key m_key = nullptr;
    QString m_fingerprint;
    QString m_publicKeyLine;
};

} // namespace slp::xrsim
