#include "HttpServer.h"

#include "SimLog.h"

#include <QPointer>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

namespace slp::cssmsim {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;
const char kBufferProperty[] = "cssmsimBuffer";
const char kBusyProperty[] = "cssmsimBusy";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// Parses one complete request from the front of `buffer`; returns false while incomplete. A
// malformed request sets `bad`.
bool takeRequest(QByteArray &buffer, HttpRequest *request, bool *bad)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        *bad = buffer.size() > kMaxHeaderBytes;
        return false;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        *bad = true;
        return false;
    }
    request->method = requestLine.at(0);
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    request->path = target.path();
    request->query = target.query();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request->headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    bool ok = true;
    const QByteArray lengthText = request->headers.value("content-length", "0");
    const qint64 length = lengthText.toLongLong(&ok);
    if (!ok || length < 0 || length > kMaxBodyBytes) {
        *bad = true;
        return false;
    }
    if (buffer.size() < headerEnd + 4 + length)
        return false;
    request->body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    return true;
}

} // namespace

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &HttpServer::onConnection);
    connect(&m_server, &QSslServer::errorOccurred, this, [](QSslSocket *, QAbstractSocket::SocketError error) {
        qCDebug(lcCssmsim, "connection error %d", static_cast<int>(error));
    });
    connect(&m_server, &QSslServer::sslErrors, this, [](QSslSocket *socket, const QList<QSslError> &) {
        // Client certificates are not asked for; anything else refused here ends the connection.
        socket->abort();
    });
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls, QString *problem)
{
    m_server.setSslConfiguration(tls);
    m_server.setHandshakeTimeout(10000);
    if (!m_server.listen(address, port)) {
        *problem = QStringLiteral("cannot listen on %1:%2: %3")
                       .arg(address.toString())
                       .arg(port)
                       .arg(m_server.errorString());
        return false;
    }
    return true;
}

void HttpServer::onConnection()
{
    while (m_server.hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection());
        if (!socket)
            continue;
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void HttpServer::onReadyRead(QSslSocket *socket)
{
    QByteArray buffer = socket->property(kBufferProperty).toByteArray() + socket->readAll();
    // One request at a time: a delayed answer must go out before the next request is handled.
    while (!socket->property(kBusyProperty).toBool()) {
        HttpRequest request;
        bool bad = false;
        if (!takeRequest(buffer, &request, &bad)) {
            if (bad) {
                send(socket,
                     HttpResponse::json(400,
                                        {{QStringLiteral("status"), QStringLiteral("FAILED")},
                                         {QStringLiteral("message"), QStringLiteral("Malformed HTTP request")}}));
                socket->disconnectFromHost();
                buffer.clear();
            }
            break;
        }
        qCDebug(lcCssmsim, "%s %s", request.method.constData(), qPrintable(request.path));
        const HttpResponse response = m_handler(request);
        if (response.dropConnection) {
            socket->abort();
            socket->deleteLater();
            return;
        }
        if (response.delayMs > 0) {
            socket->setProperty(kBusyProperty, true);
            QPointer<QSslSocket> guarded(socket);
            QTimer::singleShot(response.delayMs, this, [this, guarded, response] {
                if (!guarded)
                    return;
                guarded->setProperty(kBusyProperty, false);
                send(guarded, response);
                onReadyRead(guarded);
            });
            break;
        }
        send(socket, response);
    }
    socket->setProperty(kBufferProperty, buffer);
}

void HttpServer::send(QSslSocket *socket, const HttpResponse &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "Connection: keep-alive\r\n\r\n";
    socket->write(head + response.body);
}

} // namespace slp::cssmsim
