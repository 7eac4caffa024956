#pragma once

#include <QByteArray>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace slp::xrsim {

class Lab;

// The test control channel: line-delimited JSON over TCP on 127.0.0.1 (tests/sim/PROTOCOL.md section 8).
// Runs on the main thread's event loop.
class ControlServer : public QObject
{
    Q_OBJECT
public:
    ControlServer(Lab &lab, QObject *parent = nullptr);

    bool listen(quint16 port, QString *error);
    quint16 port() const;

signals:
    void shutdownRequested();

private:
    void serve(QTcpSocket *socket);
    QByteArray answer(const QByteArray &line);

    Lab &m_lab;
    QTcpServer *m_server;
};

} // namespace slp::xrsim
