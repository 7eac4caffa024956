#include "XrsimLab.h"

#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

namespace slp::test {

XrsimLab::XrsimLab()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

XrsimLab::~XrsimLab()
{
    stop();
}

QJsonObject XrsimLab::router(const QString &hostname, int index, const QJsonObject &extra)
{
    QJsonObject object {{QStringLiteral("hostname"), hostname},
                        {QStringLiteral("pid"), index % 2 ? QStringLiteral("NCS-5501") : QStringLiteral("ASR-9006-AC")},
                        {QStringLiteral("serial"), QStringLiteral("FOC%1").arg(index, 8, 10, QLatin1Char('0'))}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

bool XrsimLab::start(const QJsonArray &routers, QString *error, const QString &stateDir)
{
    const QString executable = builtExecutable(QStringLiteral("xrsim"));
    if (executable.isEmpty()) {
        *error = QStringLiteral("xrsim is not built");
        return false;
    }
    const QJsonObject fleet {{QStringLiteral("schema"), QStringLiteral("xrsim-fleet/1")},
                             {QStringLiteral("defaults"),
                              QJsonObject {{QStringLiteral("credentials"),
                                            QJsonObject {{QStringLiteral("username"), QStringLiteral("admin")},
                                                         {QStringLiteral("password"), password}}},
                                           {QStringLiteral("version"), QStringLiteral("24.2.1")}}},
                             {QStringLiteral("routers"), routers}};
    QFile fleetFile(path(QStringLiteral("fleet.json")));
    if (!fleetFile.open(QIODevice::WriteOnly) || fleetFile.write(QJsonDocument(fleet).toJson()) < 0) {
        *error = fleetFile.errorString();
        return false;
    }
    fleetFile.close();
    const QString readyPath = path(QStringLiteral("ready.json"));
    QFile::remove(readyPath);
    m_process.start(executable,
                    {QStringLiteral("--fleet"), fleetFile.fileName(), QStringLiteral("--state-dir"),
                     stateDir.isEmpty() ? path(QStringLiteral("state")) : stateDir, QStringLiteral("--ready-file"),
                     readyPath});
    if (!m_process.waitForStarted(10'000)) {
        *error = QStringLiteral("xrsim did not start: ") + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(20'000);
    while (!QFile::exists(readyPath)) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()) {
            *error = QStringLiteral("xrsim did not become ready: ") + QString::fromLocal8Bit(m_process.readAll());
            return false;
        }
        QThread::msleep(10);
    }
    QFile readyFile(readyPath);
    if (!readyFile.open(QIODevice::ReadOnly)) {
        *error = readyFile.errorString();
        return false;
    }
    m_routers.clear();
    const QJsonArray ready
        = QJsonDocument::fromJson(readyFile.readAll()).object().value(QStringLiteral("routers")).toArray();
    for (const QJsonValue &value : ready) {
        const QJsonObject object = value.toObject();
        m_routers.append(Router {object.value(QStringLiteral("hostname")).toString(),
                                 object.value(QStringLiteral("address")).toString(),
                                 quint16(object.value(QStringLiteral("port")).toInt()),
                                 object.value(QStringLiteral("fingerprint")).toString(),
                                 object.value(QStringLiteral("hostKey")).toString()});
    }
    return m_routers.size() == routers.size();
}

void XrsimLab::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString XrsimLab::output()
{
    QString text = QString::fromLocal8Bit(m_process.readAll());
    if (m_process.state() == QProcess::NotRunning)
        text += QStringLiteral("\nxrsim exited with status %1 (%2)")
                    .arg(m_process.exitCode())
                    .arg(m_process.exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed")
                                                                       : QStringLiteral("normal exit"));
    return text;
}

const XrsimLab::Router &XrsimLab::router(const QString &hostname) const
{
    for (const Router &candidate : m_routers) {
        if (candidate.hostname == hostname)
            return candidate;
    }
    static const Router none;
    return none;
}

} // namespace slp::test
