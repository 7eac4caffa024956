#include "HttpBridge.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace slp::xrsim {

namespace {
std::atomic<HttpBridge *> g_instance {nullptr};

struct Pending
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    HttpBridge::Response response;
};
} // namespace

HttpBridge::HttpBridge(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    g_instance = this;
}

HttpBridge::~HttpBridge()
{
    g_instance = nullptr;
}

HttpBridge *HttpBridge::instance()
{
    return g_instance.load();
}

HttpBridge::Response HttpBridge::postJson(const QUrl &url, const QByteArray &body,
                                          const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    auto pending = std::make_shared<Pending>();
    QPointer<HttpBridge> self(this);
    QMetaObject::invokeMethod(
        this,
        [self, pending, url, body, headers, timeoutMs] {
            if (!self)
                return;
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            for (const auto &[name, value] : headers)
                request.setRawHeader(name, value);
            request.setTransferTimeout(timeoutMs);
            if (url.scheme() == QLatin1String("https")) {
                QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
                tls.addCaCertificates(self->m_extraCas);
                request.setSslConfiguration(tls);
            }
            QNetworkReply *reply = self->m_manager->post(request, body);
            QObject::connect(reply, &QNetworkReply::finished, reply, [reply, pending] {
                std::lock_guard lock(pending->mutex);
                pending->response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                pending->response.body = reply->readAll();
                if (reply->error() != QNetworkReply::NoError)
                    pending->response.networkError = reply->errorString();
                pending->finished = true;
                pending->done.notify_all();
                reply->deleteLater();
            });
        },
        Qt::QueuedConnection);
    std::unique_lock lock(pending->mutex);
    if (!pending->done.wait_for(lock, std::chrono::milliseconds(timeoutMs + 2000), [&] { return pending->finished; }))
        pending->response.networkError = QStringLiteral("Communication timed out");
    return pending->response;
}

} // namespace slp::xrsim
