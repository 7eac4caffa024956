#pragma once

#include "ssh/SshCredentials.h"

#include <QString>

namespace slp {

// One router to reach: where, as whom, with what. `name` is the inventory name used in messages
// ("r1 (192.0.2.10:22)"); host is what is resolved and what known_hosts records.
struct SshTarget
{
    QString name;
    QString host;
    quint16 port = 22;
    QString username;
    SshCredentials credentials;

    // "r1 (192.0.2.10:22)" or "192.0.2.10:22" when the name is the host: for admin-facing messages.
    QString displayName() const
    {
        const QString address = host.contains(u':') ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                                    : QStringLiteral("%1:%2").arg(host).arg(port);
        if (name.isEmpty() || name == host)
            return address;
        return QStringLiteral("%1 (%2)").arg(name, address);
    }
};

} // namespace slp
