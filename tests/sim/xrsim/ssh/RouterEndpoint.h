#pragma once

#include "HostKey.h"

#include <QString>
#include <libssh/server.h>
#include <memory>
#include <mutex>
#include <vector>

namespace slp::xrsim {

class HostKeyStore;
class Router;

// The network face of one router: where it listens, its host keys (the real one and, for the
// "changed host key" fault, an impostor), the libssh binds carrying them and its authorized keys.
class RouterEndpoint
{
public:
    RouterEndpoint(Router &router, QString address, quint16 port);
    ~RouterEndpoint();
    RouterEndpoint(const RouterEndpoint &) = delete;
    RouterEndpoint &operator=(const RouterEndpoint &) = delete;

    // Takes the host key from the lab's store (generated on first boot).
    bool prepare(HostKeyStore &keys, QString *error);

    Router &router() const { return m_router; }
    const QString &address() const { return m_address; }
    quint16 port() const { return m_port; }
    void setPort(quint16 port) { m_port = port; }
    const HostKey &hostKey() const { return m_hostKey; }

    // The bind to accept with: the impostor's when the changed-host-key fault is on.
    ssh_bind bindForAccept(QString *error);
    bool isAuthorizedKey(ssh_key key) const;

    int listenFd = -1; // owned by the SshServer's acceptor

private:
    ssh_bind makeBind(const HostKey &key, QString *error);

    Router &m_router;
    QString m_address;
    quint16 m_port;
    HostKey m_hostKey;
    std::unique_ptr<HostKey> m_impostorKey;
    ssh_bind m_bind = nullptr;
    ssh_bind m_impostorBind = nullptr;
    std::vector<ssh_key> m_authorizedKeys;
};

} // namespace slp::xrsim
