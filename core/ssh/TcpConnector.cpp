#include "ssh/TcpConnector.h"

#include <QElapsedTimer>

#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace slp {

namespace {

constexpr int pollSliceMs = 50;

struct AddressList
{
    addrinfo *head = nullptr;
    ~AddressList()
    {
        if (head)
            freeaddrinfo(head);
    }
};

QString systemError(int errorNumber)
{
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

SshError errorForConnectFailure(int errorNumber, const QString &displayName)
{
    switch (errorNumber) {
    case ECONNREFUSED:
        return SshError::make(SshErrorKind::ConnectionRefused, SshPhase::Connect,
                              QStringLiteral("%1 refused the connection: nothing listens on that port. Check the "
                                             "address and port, and that SSH is enabled on the router "
                                             "(ssh server v2).")
                                  .arg(displayName));
    case ENETUNREACH:
    case EHOSTUNREACH:
    case EADDRNOTAVAIL:
        return SshError::make(SshErrorKind::NetworkUnreachable, SshPhase::Connect,
                              QStringLiteral("%1 cannot be reached: %2. Check the address and the route to the "
                                             "router's management network.")
                                  .arg(displayName, systemError(errorNumber)));
    case ETIMEDOUT:
        return SshError::make(SshErrorKind::Timeout, SshPhase::Connect,
                              QStringLiteral("%1 did not answer the connection attempt (%2).")
                                  .arg(displayName, systemError(errorNumber)));
    default:
        return SshError::make(SshErrorKind::NetworkUnreachable, SshPhase::Connect,
                              QStringLiteral("Cannot connect to %1: %2.").arg(displayName, systemError(errorNumber)));
    }
}

// Waits for a non-blocking connect to finish; returns 0 on success or an errno value,
// or -1 when the time ran out and -2 when cancelled.
int waitForConnect(int fd, qint64 remainingMs, const SshCancelFlag &cancel)
{
    QElapsedTimer elapsed;
    elapsed.start();
    for (;;) {
        if (cancel.isCancelled())
            return -2;
        const qint64 left = remainingMs - elapsed.elapsed();
        if (left <= 0)
            return -1;
        pollfd descriptor {fd, POLLOUT, 0};
        const int ready = ::poll(&descriptor, 1, int(qMin<qint64>(left, pollSliceMs)));
        if (ready < 0 && errno != EINTR)
            return errno;
        if (ready > 0) {
            int socketError = 0;
            socklen_t length = sizeof socketError;
            if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &socketError, &length) < 0)
                return errno;
            return socketError;
        }
    }
}

} // namespace

TcpConnector::Result TcpConnector::connect(const QString &host, quint16 port, int timeoutMs,
                                           const SshCancelFlag &cancel, const QString &displayName)
{
    Result result;
    if (cancel.isCancelled()) {
        result.error = SshError::make(SshErrorKind::Cancelled, SshPhase::Connect,
                                      QStringLiteral("Connection to %1 cancelled.").arg(displayName));
        return result;
    }
    QElapsedTimer elapsed;
    elapsed.start();

    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    AddressList addresses;
    const QByteArray portText = QByteArray::number(port);
    const int resolved = ::getaddrinfo(host.toUtf8().constData(), portText.constData(), &hints, &addresses.head);
    if (resolved != 0) {
        result.error = SshError::make(
            SshErrorKind::DnsFailure, SshPhase::Resolve,
            QStringLiteral("Cannot resolve the host name '%1' of %2: %3. Check the spelling or the DNS settings.")
                .arg(host, displayName, QString::fromLocal8Bit(::gai_strerror(resolved))));
        return result;
    }

    int lastError = ETIMEDOUT;
    for (addrinfo *address = addresses.head; address; address = address->ai_next) {
        const int fd
            = ::socket(address->ai_family, address->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, address->ai_protocol);
        if (fd < 0) {
            lastError = errno;
            continue;
        }
        int enable = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &enable, sizeof enable);
        int outcome = 0;
        if (::connect(fd, address->ai_addr, address->ai_addrlen) < 0)
            outcome = errno == EINPROGRESS ? waitForConnect(fd, timeoutMs - elapsed.elapsed(), cancel) : errno;
        if (outcome == 0) {
            result.fd = fd;
            return result;
        }
        ::close(fd);
        if (outcome == -2) {
            result.error = SshError::make(SshErrorKind::Cancelled, SshPhase::Connect,
                                          QStringLiteral("Connection to %1 cancelled.").arg(displayName));
            return result;
        }
        if (outcome == -1) {
            result.error = SshError::make(SshErrorKind::Timeout, SshPhase::Connect,
                                          QStringLiteral("%1 did not accept the connection within %2 s. The router "
                                                         "may be down, or a firewall drops the traffic.")
                                              .arg(displayName)
                                              .arg(timeoutMs / 1000.0));
            return result;
        }
        lastError = outcome;
    }
    result.error = errorForConnectFailure(lastError, displayName);
    return result;
}

} // namespace slp
