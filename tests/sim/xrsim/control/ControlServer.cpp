#include "ControlServer.h"

#include "ControlCommands.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace slp::xrsim {

namespace {
constexpr qsizetype kMaxLine = 1024 * 1024;
}

ControlServer::ControlServer(Lab &lab, QObject *parent)
    : QObject(parent)
    , m_lab(lab)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
}

bool ControlServer::listen(quint16 port, QString *error)
{
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        *error = QStringLiteral("control channel: ") + m_server->errorString();
        return false;
    }
    return true;
}

quint16 ControlServer::port() const
{
    return m_server->serverPort();
}

void ControlServer::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        while (socket->canReadLine()) {
            const QByteArray line = socket->readLine(kMaxLine).trimmed();
            if (!line.isEmpty())
                socket->write(answer(line) + '\n');
        }
        if (socket->bytesAvailable() > kMaxLine) {
            socket->write(R"({"ok":false,"error":"request line too long"})"
                          "\n");
            socket->disconnectFromHost();
        }
    });
}

QByteArray ControlServer::answer(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument request = QJsonDocument::fromJson(line, &parseError);
    QJsonObject reply;
    if (parseError.error != QJsonParseError::NoError || !request.isObject()) {
        reply = QJsonObject {
            {QStringLiteral("ok"), false},
            {QStringLiteral("error"), QString(QStringLiteral("not a JSON object: ") + parseError.errorString())}};
    } else {
        bool shutdown = false;
        reply = ControlCommands(m_lab).run(request.object(), &shutdown);
        if (shutdown)
            emit shutdownRequested();
    }
    return QJsonDocument(reply).toJson(QJsonDocument::Compact);
}

} // namespace slp::xrsim
