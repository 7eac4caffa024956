#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;

namespace slp::xrsim {

// HTTP(S) for SSH worker threads. Qt networking must live on a thread with a Qt event loop, which the
// workers are not; the bridge runs every request on the main thread and the worker just waits for the
// answer. No nested event loops, nothing shared but the finished response.
class HttpBridge : public QObject
{
    Q_OBJECT
public:
    explicit HttpBridge(QObject *parent = nullptr);
    ~HttpBridge() override;

    // The bridge of the running process (created in main); nullptr when there is none.
    static HttpBridge *instance();

    struct Response
    {
        int httpStatus = 0; // 0 when no HTTP answer arrived
        QByteArray body;
        QString networkError; // empty on success
    };
    // Blocking POST of a JSON body; callable from any thread except the bridge's own.
    Response postJson(const QUrl &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
                      int timeoutMs);

    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCas = certificates; }

private:
    QNetworkAccessManager *m_manager;
    QList<QSslCertificate> m_extraCas;
};

} // namespace slp::xrsim
