#pragma once

#include <QString>
#include <libssh/libssh.h>

namespace slp::xrsim {

// An Ed25519 host key kept in the router's state folder, generated on first use and reused on every
// restart (so clients' known_hosts stay valid, like a real router's).
class HostKey
{
public:
    HostKey() = default;
    ~HostKey();
    HostKey(const HostKey &) = delete;
    HostKey &operator=(const HostKey &) = delete;

    bool loadOrCreate(const QString &path, QString *error);
    // A key that lives in memory only.
    bool generateEphemeral(QString *error);

    ssh_key key() const { return m_key; }
    // A new handle on the same key, for APIs that take ownership (ssh_bind's IMPORT_KEY frees what it gets).
    ssh_key duplicate() const;
    // "SHA256:<base64 without padding>", as OpenSSH prints it.
    const QString &fingerprint() const { return m_fingerprint; }
    // "ssh-ed25519 AAAA...", ready for a known_hosts line.
    const QString &publicKeyLine() const { return m_publicKeyLine; }

private:
    bool describe(const QString &what, QString *error);

    ssh_key m_key = nullptr;
    QString m_fingerprint;
    QString m_publicKeyLine;
};

} // namespace slp::xrsim
