#pragma once

#include "ssh/SshCancelFlag.h"
#include "ssh/SshError.h"

#include <QString>

namespace slp {

// Resolves a host and opens a TCP connection with a timeout, checking the cancel flag every 50 ms,
// so that DNS failure, refusal, unreachable networks and timeouts each get their own typed error
// (libssh folds them into one message). The connected socket is handed to libssh (SSH_OPTIONS_FD).
class TcpConnector
{
public:
    struct Result
    {
        int fd = -1; // connected, non-blocking, close-on-exec; owned by the caller
        SshError error;
    };

    // `displayName` names the router in messages ("r1 (192.0.2.10:22)").
    static Result connect(const QString &host, quint16 port, int timeoutMs, const SshCancelFlag &cancel,
                          const QString &displayName);
};

} // namespace slp
