#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace slp::xrsim {

class HostKey;

// <state-dir>/host_keys.json: every router's host key (OpenSSH private key text) by hostname.
// Keys are created on first use and written back in one atomic save.
class HostKeyStore
{
public:
    explicit HostKeyStore(QString path);

    bool load(QString *error);
    // Loads the router's key, or generates one and remembers it.
    bool provide(const QString &hostname, HostKey *key, QString *error);
    bool saveIfChanged(QString *error);

private:
    QString m_path;
    QHash<QString, QByteArray> m_keys;
    bool m_changed = false;
};

} // namespace slp::xrsim
