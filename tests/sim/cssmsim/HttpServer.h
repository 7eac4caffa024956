#pragma once

#include "HttpMessage.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QSslServer>
#include <functional>

class QSslSocket;

namespace slp::cssmsim {

// HTTP/1.1 over TLS on QSslServer: Content-Length bodies, keep-alive, one request at a time per
// connection. Just enough HTTP for CSSM's JSON API; not a general web server.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls, QString *problem);
    quint16 port() const { return m_server.serverPort(); }

private:
    void onConnection();
    void onReadyRead(QSslSocket *socket);
    void send(QSslSocket *socket, const HttpResponse &response);

    Handler m_handler;
    QSslServer m_server;
};

} // namespace slp::cssmsim
