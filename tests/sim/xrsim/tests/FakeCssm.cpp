#include "FakeCssm.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>

namespace slp::xrsim::test {

namespace {
QSemaphore g_listening;
}

FakeCssm::FakeCssm(QByteArray labKey)
    : m_issuer(labKey)
    , m_labKey(std::move(labKey))
{ }

FakeCssm::~FakeCssm()
{
    quit();
    wait();
}

QString FakeCssm::start()
{
    QThread::start();
    g_listening.acquire();
    return QStringLiteral("http://127.0.0.1:%1/cslu/v1/pi").arg(m_port);
}

void FakeCssm::failNextReport(const QString &message)
{
    QMutexLocker lock(&m_mutex);
    m_failure = message;
}

QList<FakeCssm::Seen> FakeCssm::seen() const
{
    QMutexLocker lock(&m_mutex);
    return m_seen;
}

QList<qint64> FakeCssm::verifiedReportIds() const
{
    QMutexLocker lock(&m_mutex);
    return m_verified;
}

int FakeCssm::badSignatures() const
{
    QMutexLocker lock(&m_mutex);
    return m_badSignatures;
}

void FakeCssm::run()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    m_port = server.serverPort();
    connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                QByteArray &buffer = *static_cast<QByteArray *>(socket->property("buffer").value<void *>());
                buffer += socket->readAll();
                const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
                qsizetype length = 0;
                QByteArray system;
                for (const QByteArray &line : lines) {
                    const QByteArray lower = line.trimmed().toLower();
                    if (lower.startsWith("content-length:"))
                        length = lower.mid(15).trimmed().toLongLong();
                    if (lower.startsWith("x-csw-requesting-system:"))
                        system = line.trimmed().mid(24).trimmed();
                }
                if (buffer.size() < headerEnd + 4 + length)
                    return;
                const QByteArray path = lines.value(0).split(' ').value(1);
                const QJsonObject body = QJsonDocument::fromJson(buffer.mid(headerEnd + 4, length)).object();
                {
                    QMutexLocker lock(&m_mutex);
                    m_seen.append({path, system, body});
                }
                const QByteArray reply = answer(path, body);
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                    + QByteArray::number(reply.size()) + "\r\n\r\n" + reply);
                socket->disconnectFromHost();
            });
            auto *buffer = new QByteArray;
            socket->setProperty("buffer", QVariant::fromValue(static_cast<void *>(buffer)));
            connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                delete buffer;
                socket->deleteLater();
            });
        }
    });
    g_listening.release();
    exec();
}

QByteArray FakeCssm::answer(const QByteArray &path, const QJsonObject &body)
{
    QMutexLocker lock(&m_mutex);
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    QJsonObject reply;
    if (path.endsWith("/v2/devices/reportusage")) {
        if (!m_failure.isEmpty()) {
            reply = {{QStringLiteral("status"), QStringLiteral("FAILED")}, {QStringLiteral("message"), m_failure}};
            m_failure.clear();
            return QJsonDocument(reply).toJson(QJsonDocument::Compact);
        }
        for (const QJsonValue &report : data.value(QStringLiteral("reports")).toArray()) {
            const QJsonObject sudi = report.toObject().value(QStringLiteral("sudi")).toObject();
            m_pendingUdi = QStringLiteral("PID:%1,SN:%2")
                               .arg(sudi.value(QStringLiteral("udi_pid")).toString(),
                                    sudi.value(QStringLiteral("udi_serial_number")).toString());
            m_pendingTrust = !report.toObject().value(QStringLiteral("trust_requests")).toArray().isEmpty();
            for (const QJsonValue &usage : report.toObject().value(QStringLiteral("usage")).toArray()) {
                const QByteArray payload = usage.toObject().value(QStringLiteral("payload")).toString().toUtf8();
                const QByteArray signature = QByteArray::fromBase64(usage.toObject()
                                                                        .value(QStringLiteral("signature"))
                                                                        .toObject()
                                                                        .value(QStringLiteral("value"))
                                                                        .toString()
                                                                        .toLatin1());
                if (signature != LabIssuer::hmac(m_issuer.routerKey(m_pendingUdi), payload)) {
                    ++m_badSignatures;
                    continue;
                }
                m_verified.append(static_cast<qint64>(QJsonDocument::fromJson(payload)
                                                          .object()
                                                          .value(QStringLiteral("asset_identification"))
                                                          .toObject()
                                                          .value(QStringLiteral("report_id"))
                                                          .toDouble()));
            }
        }
        m_polls = 0;
        // A poll id beyond 2^53, as CSSM's are: it must travel as text.
        return QByteArrayLiteral(
            R"({"status":"OK_POLL","message_code":"","message":"","poll_id":"18446744073709551557","poll_interval":1,"action":"acknowledgements"})");
    }
    if (path.endsWith("/v2/accounts/poll")) {
        if (data.value(QStringLiteral("poll_id")).toString() != QLatin1String("18446744073709551557"))
            return QByteArrayLiteral(R"({"status":"FAILED","message":"unknown poll id"})");
        if (++m_polls < 2)
            return QByteArrayLiteral(R"({"status":"OK_POLL","poll_interval":1})");
        const QByteArray ack = m_issuer.ackFile(m_pendingUdi, m_verified, m_pendingTrust);
        reply = {{QStringLiteral("status"), QStringLiteral("COMPLETE")},
                 {QStringLiteral("data"),
                  QJsonObject {{QStringLiteral("acknowledgements"),
                                QJsonArray {QJsonObject {
                                    {QStringLiteral("smart_license"), QString::fromLatin1(ack.toBase64())}}}}}}};
        return QJsonDocument(reply).toJson(QJsonDocument::Compact);
    }
    return QByteArrayLiteral(R"({"status":"FAILED","message":"no such endpoint"})");
}

} // namespace slp::xrsim::test
