#pragma once

#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QString>

#include <memory>

namespace slp::test {

// One router as the ready file (xrsim-ready/1) lists it.
struct XrsimEndpoint
{
    QString hostname;
    QString address;
    int port = 0;
    QString udi;
    QString fingerprint; // "SHA256:..."
};

// xrsim (tests/sim/xrsim) run as a separate process for a test or benchmark: writes the fleet file
// into `workDir`, starts the simulator, waits for its ready file, and talks to its control channel.
// The work dir holds the fleet (with router passwords): keep it apart from folders scanned for leaks.
class XrsimProcess
{
public:
    explicit XrsimProcess(QString workDir);
    ~XrsimProcess(); // stops the simulator

    // Starts xrsim on `fleet`; false with *error (the simulator's output included) on failure.
    bool start(const QJsonObject &fleet, QString *error, int readyTimeoutMs = 60000);
    void stop();

    const QHash<QString, XrsimEndpoint> &endpoints() const { return m_endpoints; }
    XrsimEndpoint endpoint(const QString &hostname) const { return m_endpoints.value(hostname); }
    qint64 processId() const;

    // One control-channel request (PROTOCOL.md section 8); the reply, or {"ok":false,"error":...}.
    QJsonObject control(const QJsonObject &request) const;
    // {"cmd":"setFaults","router":hostname,"faults":faults}; true when xrsim accepted it.
    bool setFaults(const QString &hostname, const QJsonObject &faults) const;

    // The inventory CSV (header hostname,address,port,username,credential,tags,site) of every
    // router, in fleet order, all using credential profile `credential`.
    QByteArray inventoryCsv(const QString &credential) const;

private:
    QString m_workDir;
    std::unique_ptr<QProcess> m_process;
    QHash<QString, XrsimEndpoint> m_endpoints;
    QStringList m_order;
    int m_controlPort = 0;
};

} // namespace slp::test
