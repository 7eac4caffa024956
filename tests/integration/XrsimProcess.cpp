#include "XrsimProcess.h"

#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

#include <csignal>

namespace slp::test {

XrsimProcess::XrsimProcess(QString workDir)
    : m_workDir(std::move(workDir))
{ }

XrsimProcess::~XrsimProcess()
{
    stop();
}

qint64 XrsimProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

bool XrsimProcess::start(const QJsonObject &fleet, QString *error, int readyTimeoutMs)
{
    stop();
    QDir().mkpath(m_workDir);
    const QString fleetPath = QDir(m_workDir).filePath(QStringLiteral("fleet.json"));
    const QString readyPath = QDir(m_workDir).filePath(QStringLiteral("ready.json"));
    QFile::remove(readyPath);
    QFile file(fleetPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(fleet).toJson()) < 0) {
        *error = QStringLiteral("cannot write %1").arg(fleetPath);
        return false;
    }
    file.close();
    const QString program = builtExecutable(QStringLiteral("xrsim"));
    if (program.isEmpty()) {
        *error = QStringLiteral("xrsim is not built");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(program,
                     {QStringLiteral("--fleet"), fleetPath, QStringLiteral("--state-dir"),
                      QDir(m_workDir).filePath(QStringLiteral("state")), QStringLiteral("--ready-file"), readyPath});
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("xrsim did not start: %1").arg(m_process->errorString());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    QByteArray log;
    while (timer.elapsed() < readyTimeoutMs) {
        QFile ready(readyPath);
        if (ready.open(QIODevice::ReadOnly)) {
            const QJsonObject json = QJsonDocument::fromJson(ready.readAll()).object();
            m_controlPort = json.value(QStringLiteral("control")).toObject().value(QStringLiteral("port")).toInt();
            m_endpoints.clear();
            m_order.clear();
            for (const QJsonValue &value : json.value(QStringLiteral("routers")).toArray()) {
                const QJsonObject router = value.toObject();
                XrsimEndpoint endpoint;
                endpoint.hostname = router.value(QStringLiteral("hostname")).toString();
                endpoint.address = router.value(QStringLiteral("address")).toString();
                endpoint.port = router.value(QStringLiteral("port")).toInt();
                endpoint.udi = router.value(QStringLiteral("udi")).toString();
                endpoint.fingerprint = router.value(QStringLiteral("fingerprint")).toString();
                m_endpoints.insert(endpoint.hostname, endpoint);
                m_order.append(endpoint.hostname);
            }
            return true;
        }
        if (m_process->state() != QProcess::Running) {
            log += m_process->readAll();
            *error = QStringLiteral("xrsim exited: %1").arg(QString::fromUtf8(log));
            return false;
        }
        m_process->waitForReadyRead(20);
        log += m_process->readAll();
    }
    *error = QStringLiteral("xrsim was not ready after %1 ms: %2").arg(readyTimeoutMs).arg(QString::fromUtf8(log));
    return false;
}

void XrsimProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() == QProcess::Running) {
        ::kill(pid_t(m_process->processId()), SIGTERM);
        if (!m_process->waitForFinished(20000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

QJsonObject XrsimProcess::control(const QJsonObject &request) const
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_controlPort));
    if (!socket.waitForConnected(5000))
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), socket.errorString()}};
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    QElapsedTimer timer;
    timer.start();
    while (!socket.canReadLine() && timer.elapsed() < 10000)
        socket.waitForReadyRead(100);
    if (!socket.canReadLine())
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("no reply")}};
    return QJsonDocument::fromJson(socket.readLine()).object();
}

bool XrsimProcess::setFaults(const QString &hostname, const QJsonObject &faults) const
{
    return control({{QStringLiteral("cmd"), QStringLiteral("setFaults")},
                    {QStringLiteral("router"), hostname},
                    {QStringLiteral("faults"), faults}})
        .value(QStringLiteral("ok"))
        .toBool();
}

QByteArray XrsimProcess::inventoryCsv(const QString &credential) const
{
    QByteArray csv = "hostname,address,port,username,credential,tags,site\n";
    for (const QString &hostname : m_order) {
        const XrsimEndpoint &endpoint = m_endpoints[hostname];
        csv += QStringLiteral("%1,%2,%3,,%4,lab,sim\n")
                   .arg(hostname, endpoint.address)
                   .arg(endpoint.port)
                   .arg(credential)
                   .toUtf8();
    }
    return csv;
}

} // namespace slp::test
