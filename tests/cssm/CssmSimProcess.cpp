#include "CssmSimProcess.h"

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>

namespace slp::test {

CssmSimProcess::~CssmSimProcess()
{
    stop();
}

QString CssmSimProcess::start(const QStringList &arguments)
{
    const QString program = builtExecutable(QStringLiteral("cssmsim"));
    if (program.isEmpty())
        return QStringLiteral("cssmsim is not built");
    const QString readyFile = m_dir.filePath(QStringLiteral("ready.json"));
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(program,
                    QStringList {QStringLiteral("--state-dir"), stateDir(), QStringLiteral("--ready-file"), readyFile}
                        + arguments);
    QElapsedTimer waited;
    waited.start();
    while (!QFile::exists(readyFile)) {
        if (m_process.state() == QProcess::NotRunning || waited.elapsed() > 20000) {
            m_process.waitForFinished(1000);
            return QStringLiteral("cssmsim did not start: ") + QString::fromUtf8(m_process.readAllStandardError());
        }
        m_process.waitForFinished(20);
    }
    QFile file(readyFile);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    m_ready = QJsonDocument::fromJson(file.readAll()).object();
    return m_ready.value(QStringLiteral("format")).toString() == QLatin1String("cssmsim-ready/1")
        ? QString()
        : QStringLiteral("unexpected ready file");
}

void CssmSimProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QByteArray CssmSimProcess::clientSecret() const
{
    QFile file(m_ready.value(QStringLiteral("clientSecretFile")).toString());
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

CssmSettings CssmSimProcess::settings(const QString &secretReference) const
{
    CssmSettings settings;
    settings.baseUrl = QUrl(m_ready.value(QStringLiteral("baseUrl")).toString());
    settings.tokenUrl = QUrl(m_ready.value(QStringLiteral("tokenUrl")).toString());
    settings.clientId = m_ready.value(QStringLiteral("clientId")).toString();
    settings.clientSecretReference = secretReference;
    settings.caBundleFile = m_ready.value(QStringLiteral("caFile")).toString();
    settings.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    settings.backoffInitialMs = 20;
    settings.backoffMaxMs = 100;
    settings.pollIntervalScale = 0.0001;
    settings.requestTimeoutMs = 10000;
    settings.jobTimeoutMs = 60000;
    return settings;
}

QJsonObject CssmSimProcess::control(const QJsonObject &body) const
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    const QString base = m_ready.value(QStringLiteral("controlUrl")).toString();
    QNetworkRequest request(QUrl(base + (body.isEmpty() ? QStringLiteral("state") : QStringLiteral("faults"))));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QFile ca(m_ready.value(QStringLiteral("caFile")).toString());
    if (ca.open(QIODevice::ReadOnly))
        tls.addCaCertificates(QSslCertificate::fromData(ca.readAll()));
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = body.isEmpty() ? manager.get(request)
                                          : manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return answer;
}

} // namespace slp::test
