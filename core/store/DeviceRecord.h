#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace slp {

// One router in the inventory (table `devices`).
struct DeviceRecord
{
    static constexpr int defaultPort = 22;

    qint64 id = 0; // 0 until stored
    QString hostname; // the name admins use; unique, case-insensitive
    QString address; // DNS name or IP address to connect to; (address, port) is unique
    int port = defaultPort;
    QString username; // empty: the credential profile's username
    QString credentialRef; // name of a CredentialProfile, or empty
    QStringList tags; // normalized: trimmed, no duplicates, in the order given
    QString site;
    QString notes;
    QString hostKeyFingerprint; // "SHA256:..." as the SSH layer reports it; empty until known
    QDateTime lastSeen; // last successful refresh (UTC); invalid when never
    QString lastError; // why the last refresh failed; empty after a success
    qint64 latestSnapshotId = 0; // 0 when no snapshot yet; maintained by the store

    // "host:22", "[2001:db8::1]:22": how messages name where a device is reached.
    QString endpoint() const
    {
        const QString host = address.contains(u':') ? u'[' + address + u']' : address;
        return host + u':' + QString::number(port);
    }

    bool operator==(const DeviceRecord &) const = default;
};

} // namespace slp
