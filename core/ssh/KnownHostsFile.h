#pragma once

#include "ssh/SshHostKey.h"

#include <QList>
#include <QString>

namespace slp {

// One key line of a known_hosts file.
struct KnownHostEntry
{
    QString hosts; // the host field as written: "r1", "[127.0.0.2]:2222", "|1|salt|hash", "a,b"
    SshHostKey key;
    int lineNumber = 0; // 1-based
    bool hashed = false;
};

// The application's own known_hosts file (OpenSSH format, so `ssh -o UserKnownHostsFile=` can share it):
// look up a server's key, add a newly accepted key, list and forget keys. Never ~/.ssh/known_hosts.
// Reads tolerate foreign lines (markers, wildcards, hashed hosts are matched when hashed with
// HMAC-SHA1); writes are atomic (QSaveFile) and serialized per file inside the process so that
// parallel workers accepting keys never lose each other's lines.
class KnownHostsFile
{
public:
    enum class Match { Known, Unknown, Changed };

    struct Lookup
    {
        Match match = Match::Unknown;
        QList<KnownHostEntry> existing; // the host's keys in the file (for a Changed message)
        QString error; // the file exists but cannot be read
    };

    explicit KnownHostsFile(const QString &path);

    QString path() const { return m_path; }

    Lookup lookup(const QString &host, quint16 port, const SshHostKey &key) const;
    // Appends "host key" (host field per hostField()); false with *error set when the file cannot be written.
    bool add(const QString &host, quint16 port, const SshHostKey &key, QString *error) const;
    // Every key line that could be read; lines it cannot read are kept in the file but not listed.
    QList<KnownHostEntry> entries(QString *error = nullptr) const;
    // Removes every key of host:port; returns how many were removed, or -1 with *error set.
    int forget(const QString &host, quint16 port, QString *error) const;

    // The host field OpenSSH writes: "host" for port 22, "[host]:port" otherwise.
    static QString hostField(const QString &host, quint16 port);
    // True when an entry's host field names host:port (plain, comma lists, or |1| hashed).
    static bool hostsFieldMatches(const QString &hostsField, const QString &host, quint16 port);

private:
    bool readLines(QStringList *lines, QString *error) const;

    QString m_path;
};

} // namespace slp
