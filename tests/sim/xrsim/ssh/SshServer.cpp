#include "SshServer.h"

#include "RouterEndpoint.h"
#include "SshConnection.h"
#include "XrsimLog.h"
#include "router/Router.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace slp::xrsim {

SshServer::SshServer()
{
    if (pipe2(m_wakePipe, O_CLOEXEC | O_NONBLOCK) != 0)
        qCCritical(lcXrsim, "cannot create the acceptor's wake pipe: %s", strerror(errno));
}

SshServer::~SshServer()
{
    stop();
    for (RouterEndpoint *endpoint : m_endpoints) {
        if (endpoint->listenFd >= 0)
            ::close(endpoint->listenFd);
        endpoint->listenFd = -1;
    }
    ::close(m_wakePipe[0]);
    ::close(m_wakePipe[1]);
}

int SshServer::openListeningSocket(const QString &address, quint16 port, quint16 *boundPort, QString *error)
{
    sockaddr_in socketAddress {};
    socketAddress.sin_family = AF_INET;
    socketAddress.sin_port = htons(port);
    if (inet_pton(AF_INET, address.toLatin1().constData(), &socketAddress.sin_addr) != 1) {
        *error = QStringLiteral("'%1' is not an IPv4 address").arg(address);
        return -1;
    }
    if ((ntohl(socketAddress.sin_addr.s_addr) >> 24) != 127) {
        *error = QStringLiteral("%1 is not a loopback address (xrsim binds to 127.0.0.0/8 only)").arg(address);
        return -1;
    }
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        *error = QStringLiteral("socket: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return -1;
    }
    const int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&socketAddress), sizeof socketAddress) != 0 || ::listen(fd, 128) != 0) {
        *error = QStringLiteral("%1:%2: %3").arg(address).arg(port).arg(QString::fromLocal8Bit(strerror(errno)));
        ::close(fd);
        return -1;
    }
    socklen_t length = sizeof socketAddress;
    getsockname(fd, reinterpret_cast<sockaddr *>(&socketAddress), &length);
    *boundPort = ntohs(socketAddress.sin_port);
    return fd;
}

bool SshServer::listen(RouterEndpoint &endpoint, QString *error)
{
    quint16 bound = 0;
    const int fd = openListeningSocket(endpoint.address(), endpoint.port(), &bound, error);
    if (fd < 0)
        return false;
    endpoint.listenFd = fd;
    endpoint.setPort(bound);
    m_endpoints.push_back(&endpoint);
    return true;
}

void SshServer::start()
{
    m_acceptor = std::thread([this] { acceptLoop(); });
}

void SshServer::stop()
{
    if (m_stopping.exchange(true))
        return;
    const char byte = 'q';
    [[maybe_unused]] const auto written = ::write(m_wakePipe[1], &byte, 1);
    if (m_acceptor.joinable())
        m_acceptor.join();
    std::unique_lock lock(m_doneMutex);
    m_allDone.wait_for(lock, std::chrono::seconds(10), [this] { return m_liveConnections.load() == 0; });
}

void SshServer::syncRefusingEndpoints()
{
    // "Connection refused" is a closed listening socket; lifting the fault listens again on the same port.
    for (RouterEndpoint *endpoint : m_endpoints) {
        const bool refuse = endpoint->router().faults().connectionRefused;
        if (refuse && endpoint->listenFd >= 0) {
            ::close(endpoint->listenFd);
            endpoint->listenFd = -1;
        } else if (!refuse && endpoint->listenFd < 0) {
            QString error;
            quint16 bound = 0;
            endpoint->listenFd = openListeningSocket(endpoint->address(), endpoint->port(), &bound, &error);
            if (endpoint->listenFd < 0)
                qCWarning(lcXrsim, "%s: cannot listen again: %s", qPrintable(endpoint->router().spec().hostname),
                          qPrintable(error));
        }
    }
}

void SshServer::acceptLoop()
{
    std::vector<pollfd> fds;
    std::vector<RouterEndpoint *> owners;
    while (!m_stopping.load()) {
        syncRefusingEndpoints();
        fds.clear();
        owners.clear();
        fds.push_back({m_wakePipe[0], POLLIN, 0});
        owners.push_back(nullptr);
        for (RouterEndpoint *endpoint : m_endpoints) {
            if (endpoint->listenFd >= 0) {
                fds.push_back({endpoint->listenFd, POLLIN, 0});
                owners.push_back(endpoint);
            }
        }
        // The timeout bounds how late a connection-refused fault change takes effect.
        const int ready = ::poll(fds.data(), fds.size(), 200);
        if (ready <= 0)
            continue;
        if (fds.front().revents & POLLIN) {
            char buffer[64];
            while (::read(m_wakePipe[0], buffer, sizeof buffer) > 0) { }
        }
        for (size_t i = 1; i < fds.size(); ++i) {
            if (fds[i].revents & POLLIN)
                acceptOne(*owners[i]);
        }
    }
}

void SshServer::acceptOne(RouterEndpoint &endpoint)
{
    for (;;) {
        const int fd = ::accept4(endpoint.listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            return;
        const int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        QString error;
        ssh_bind bind = endpoint.bindForAccept(&error);
        ssh_session session = ssh_new();
        if (!bind || ssh_bind_accept_fd(bind, session, fd) != SSH_OK) {
            qCWarning(lcXrsim, "%s: cannot accept: %s", qPrintable(endpoint.router().spec().hostname),
                      qPrintable(bind ? QString::fromUtf8(ssh_get_error(bind)) : error));
            ssh_free(session);
            ::close(fd);
            continue;
        }
        ++m_liveConnections;
        std::thread([this, &endpoint, session] {
            SshConnection(endpoint, session, m_stopping).run();
            // Under the lock: stop() may destroy the server as soon as it sees zero.
            std::lock_guard lock(m_doneMutex);
            if (--m_liveConnections == 0)
                m_allDone.notify_all();
        }).detach();
    }
}

} // namespace slp::xrsim
