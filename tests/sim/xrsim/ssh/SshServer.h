#pragma once

#include <QString>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace slp::xrsim {

class RouterEndpoint;

// Accepts TCP connections for every router on one thread (poll over all listening sockets) and gives each
// accepted connection its own worker thread for the SSH session. Threads exist per live connection, never
// per router, so a fleet of thousands costs nothing while idle.
class SshServer
{
public:
    SshServer();
    ~SshServer();
    SshServer(const SshServer &) = delete;
    SshServer &operator=(const SshServer &) = delete;

    // Binds and listens; fills in the port when it was 0.
    bool listen(RouterEndpoint &endpoint, QString *error);
    void start();
    // Stops accepting, asks every session to end and waits for them.
    void stop();

    int liveConnections() const { return m_liveConnections.load(); }

private:
    void acceptLoop();
    void acceptOne(RouterEndpoint &endpoint);
    void syncRefusingEndpoints();
    static int openListeningSocket(const QString &address, quint16 port, quint16 *boundPort, QString *error);

    std::vector<RouterEndpoint *> m_endpoints;
    std::thread m_acceptor;
    int m_wakePipe[2] = {-1, -1};
    std::atomic<bool> m_stopping {false};
    std::atomic<int> m_liveConnections {0};
    std::mutex m_doneMutex;
    std::condition_variable m_allDone;
};

} // namespace slp::xrsim
