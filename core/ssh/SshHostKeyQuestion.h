#pragma once

#include "ssh/SshHostKey.h"

#include <QMetaType>
#include <QString>

#include <functional>

namespace slp {

// Asked when a router presents a host key the known_hosts file does not have yet (policy AskCaller):
// the answer accepts the key (it is then recorded) or refuses the connection.
struct SshHostKeyQuestion
{
    QString displayName; // "r1 (192.0.2.10:22)"
    QString host;
    quint16 port = 22;
    SshHostKey key;
};

// Called on the worker thread; blocks until the caller decided. true = trust and record the key.
using SshHostKeyDecider = std::function<bool(const SshHostKeyQuestion &)>;

} // namespace slp

Q_DECLARE_METATYPE(slp::SshHostKeyQuestion)
