#include "ShutdownSignal.h"

#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace slp::xrsim {

namespace {
int g_signalSockets[2] = {-1, -1};
}

ShutdownSignal::ShutdownSignal(QObject *parent)
    : QObject(parent)
{
    socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalSockets);
    m_notifier = new QSocketNotifier(g_signalSockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalSockets[1], &byte, 1);
        emit requested();
    });
    struct sigaction action
    {
    };
    action.sa_handler = &ShutdownSignal::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    // A client vanishing mid-write must not kill the whole fleet.
    signal(SIGPIPE, SIG_IGN);
}

ShutdownSignal::~ShutdownSignal()
{
    signal(SIGTERM, SIG_DFL);
    signal(SIGINT, SIG_DFL);
}

void ShutdownSignal::handle(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalSockets[0], &byte, 1);
}

} // namespace slp::xrsim
