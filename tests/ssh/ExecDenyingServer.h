#pragma once

#include <QString>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

namespace slp::test {

// A one-connection SSH server (libssh) that behaves like a router whose AAA setup denies exec
// channels: password login (any password), exec requests answered with a channel failure, and a PTY shell with an
// IOS XR prompt that knows one command, "show version". Exists for the exec -> shell fallback test;
// xrsim has no such fault (yet).
class ExecDenyingServer
{
public:
    static inline const QString password = QStringLiteral("deny-Exec-1");
    static inline const QString prompt = QStringLiteral("RP/0/RP0/CPU0:fake#");
    static inline const QString versionLine = QStringLiteral("Cisco IOS XR Software, Version 24.2.1");

    ExecDenyingServer();
    ~ExecDenyingServer();
    ExecDenyingServer(const ExecDenyingServer &) = delete;
    ExecDenyingServer &operator=(const ExecDenyingServer &) = delete;

    // Binds to 127.0.0.1 on a free port and serves one connection on a thread.
    bool start(QString *error);
    quint16 port() const { return m_port; }
    int deniedExecRequests() const { return m_deniedExec.load(); }

private:
    void serve(void *bind);

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::atomic_int m_deniedExec {0};
    std::atomic_bool m_stopping {false};
    std::thread m_thread;
};

} // namespace slp::test
