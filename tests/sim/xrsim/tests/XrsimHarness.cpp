#include "XrsimHarness.h"

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QThread>
#include <csignal>

namespace slp::xrsim::test {

XrsimHarness::XrsimHarness()
{
    const Result keygen
        = run(QStringLiteral("ssh-keygen"),
              {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
               QStringLiteral("-C"), QStringLiteral("xrsim-test"), QStringLiteral("-f"), privateKeyPath()},
              {}, QProcessEnvironment::systemEnvironment(), 10000);
    QFile publicKey(privateKeyPath() + QStringLiteral(".pub"));
    if (keygen.exitCode == 0 && publicKey.open(QIODevice::ReadOnly))
        m_publicKeyLine = QString::fromUtf8(publicKey.readAll()).trimmed();
}

XrsimHarness::~XrsimHarness()
{
    stop();
}

QJsonObject XrsimHarness::basicRouter(const QString &hostname, const QJsonObject &overrides) const
{
    QJsonObject router {
        {QStringLiteral("hostname"), hostname},
        {QStringLiteral("pid"), QStringLiteral("ASR-9006-AC")},
        {QStringLiteral("serial"), QStringLiteral("FOX1605GNAH")},
        {QStringLiteral("version"), QStringLiteral("24.2.1")},
        {QStringLiteral("smartAccount"), QStringLiteral("BU A9000")},
        {QStringLiteral("virtualAccount"), QStringLiteral("A9000")},
        {QStringLiteral("licenses"),
         QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("ESS_100G_RTU_1")},
                                  {QStringLiteral("tag"), QStringLiteral("ESS-SE-100G-RTU-1")},
                                  {QStringLiteral("description"),
                                   QStringLiteral("Essentials Software RTU License (per 100G) for Edge")},
                                  {QStringLiteral("count"), 2}},
                     QJsonObject {{QStringLiteral("name"), QStringLiteral("ESS_ED_100G_SIA_3")},
                                  {QStringLiteral("tag"), QStringLiteral("ESS-ED-100G-SIA3")},
                                  {QStringLiteral("description"), QStringLiteral("Essentials Edge Subscription SIA")},
                                  {QStringLiteral("count"), 2},
                                  {QStringLiteral("type"), QStringLiteral("subscription")}}}},
        {QStringLiteral("transport"),
         QJsonObject {{QStringLiteral("type"), QStringLiteral("cslu")},
                      {QStringLiteral("csluUrl"), QStringLiteral("http://192.0.2.1:8182/cslu/v1/pi")}}},
        {QStringLiteral("reporting"),
         QJsonObject {{QStringLiteral("firstUse"), QStringLiteral("2024-01-01T00:00:00Z")},
                      {QStringLiteral("lastAck"), QStringLiteral("2024-02-28T19:08:58Z")},
                      {QStringLiteral("lastReportPush"), QStringLiteral("2024-02-28T19:03:32Z")}}},
        {QStringLiteral("trust"), QJsonObject {{QStringLiteral("installed"), QStringLiteral("2024-01-10T20:56:02Z")}}},
        {QStringLiteral("credentials"),
         QJsonObject {{QStringLiteral("username"), QStringLiteral("admin")},
                      {QStringLiteral("password"), QStringLiteral("lab-password")},
                      {QStringLiteral("authorizedKeys"), QJsonArray {m_publicKeyLine}}}},
    };
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
        router.insert(it.key(), it.value());
    return router;
}

QJsonObject XrsimHarness::fleet(const QList<QJsonObject> &routers)
{
    QJsonArray array;
    for (const QJsonObject &router : routers)
        array.append(router);
    return {{QStringLiteral("schema"), QStringLiteral("xrsim-fleet/1")},
            {QStringLiteral("lab"),
             QJsonObject {{QStringLiteral("cssmSigningKey"),
                           QStringLiteral("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")}}},
            {QStringLiteral("routers"), array}};
}

bool XrsimHarness::start(const QJsonObject &fleet, const QStringList &extraArguments)
{
    m_fleet = fleet;
    QFile file(m_dir.filePath(QStringLiteral("fleet.json")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(fleet).toJson());
    file.close();
    return restart(extraArguments);
}

bool XrsimHarness::restart(const QStringList &extraArguments)
{
    stop();
    const QString readyPath = m_dir.filePath(QStringLiteral("ready.json"));
    QFile::remove(readyPath);
    m_lastArguments = extraArguments;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(slp::test::builtExecutable(QStringLiteral("xrsim")),
                     QStringList {QStringLiteral("--fleet"), m_dir.filePath(QStringLiteral("fleet.json")),
                                  QStringLiteral("--state-dir"), stateDir(), QStringLiteral("--ready-file"), readyPath}
                         + extraArguments);
    if (!m_process->waitForStarted(5000))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000) {
        QFile ready(readyPath);
        if (ready.open(QIODevice::ReadOnly)) {
            m_ready = QJsonDocument::fromJson(ready.readAll()).object();
            return true;
        }
        if (m_process->state() != QProcess::Running) {
            m_log += m_process->readAll();
            return false;
        }
        m_process->waitForReadyRead(20);
        m_log += m_process->readAll();
    }
    return false;
}

int XrsimHarness::stop()
{
    if (!m_process)
        return -1;
    int code = -1;
    if (m_process->state() == QProcess::Running) {
        ::kill(static_cast<pid_t>(m_process->processId()), SIGTERM);
        if (!m_process->waitForFinished(15000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_log += m_process->readAll();
    code = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    m_process.reset();
    return code;
}

QJsonObject XrsimHarness::routerEntry(const QString &hostname) const
{
    for (const QJsonValue &value : m_ready.value(QStringLiteral("routers")).toArray()) {
        if (value.toObject().value(QStringLiteral("hostname")).toString() == hostname)
            return value.toObject();
    }
    return {};
}

int XrsimHarness::port(const QString &hostname) const
{
    return routerEntry(hostname).value(QStringLiteral("port")).toInt();
}

QString XrsimHarness::address(const QString &hostname) const
{
    return routerEntry(hostname).value(QStringLiteral("address")).toString();
}

XrsimHarness::Result XrsimHarness::run(const QString &program, const QStringList &arguments, const QByteArray &input,
                                       const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Result result;
    if (!process.waitForStarted(5000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

QStringList XrsimHarness::baseSshOptions(const QString &hostname) const
{
    return {QStringLiteral("-p"), QString::number(port(hostname)),
            QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + knownHostsPath(),
            QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=accept-new"),
            QStringLiteral("-o"), QStringLiteral("ConnectTimeout=10"),
            QStringLiteral("-o"), QStringLiteral("LogLevel=ERROR")};
}

XrsimHarness::Result XrsimHarness::ssh(const QString &hostname, const QStringList &arguments, const QByteArray &input,
                                       const QStringList &options) const
{
    QStringList all = baseSshOptions(hostname) + options
        + QStringList {QStringLiteral("-i"),
                       privateKeyPath(),
                       QStringLiteral("-o"),
                       QStringLiteral("BatchMode=yes"),
                       QStringLiteral("-o"),
                       QStringLiteral("IdentitiesOnly=yes"),
                       QStringLiteral("admin@") + address(hostname)}
        + arguments;
    return run(QStringLiteral("ssh"), all, input, QProcessEnvironment::systemEnvironment(), 30000);
}

XrsimHarness::Result XrsimHarness::sshWithPassword(const QString &hostname, const QString &password,
                                                   const QString &command, const QString &method) const
{
    // SSH_ASKPASS answers the password prompt; the password reaches the script through the environment,
    // never through a command line.
    const QString script = m_dir.filePath(QStringLiteral("askpass.sh"));
    QFile file(script);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("#!/bin/sh\nprintf '%s\\n' \"$XRSIM_TEST_PASSWORD\"\n");
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SSH_ASKPASS"), script);
    environment.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
    environment.insert(QStringLiteral("XRSIM_TEST_PASSWORD"), password);
    const QStringList all = baseSshOptions(hostname)
        + QStringList {QStringLiteral("-o"),
                       QStringLiteral("PubkeyAuthentication=no"),
                       QStringLiteral("-o"),
                       QStringLiteral("PreferredAuthentications=") + method,
                       QStringLiteral("-o"),
                       QStringLiteral("NumberOfPasswordPrompts=1"),
                       QStringLiteral("admin@") + address(hostname),
                       command};
    return run(QStringLiteral("ssh"), all, {}, environment, 30000);
}

XrsimHarness::Result XrsimHarness::sftp(const QString &hostname, const QByteArray &batch) const
{
    QStringList all {QStringLiteral("-b"),
                     QStringLiteral("-"),
                     QStringLiteral("-P"),
                     QString::number(port(hostname)),
                     QStringLiteral("-o"),
                     QStringLiteral("UserKnownHostsFile=") + knownHostsPath(),
                     QStringLiteral("-o"),
                     QStringLiteral("StrictHostKeyChecking=accept-new"),
                     QStringLiteral("-o"),
                     QStringLiteral("BatchMode=yes"),
                     QStringLiteral("-o"),
                     QStringLiteral("IdentitiesOnly=yes"),
                     QStringLiteral("-i"),
                     privateKeyPath(),
                     QStringLiteral("admin@") + address(hostname)};
    return run(QStringLiteral("sftp"), all, batch, QProcessEnvironment::systemEnvironment(), 30000);
}

QJsonObject XrsimHarness::control(const QJsonObject &request) const
{
    const QJsonObject endpoint = m_ready.value(QStringLiteral("control")).toObject();
    QTcpSocket socket;
    socket.connectToHost(endpoint.value(QStringLiteral("host")).toString(),
                         static_cast<quint16>(endpoint.value(QStringLiteral("port")).toInt()));
    if (!socket.waitForConnected(5000))
        return {{QStringLiteral("error"), QStringLiteral("control channel unreachable")}};
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    QByteArray line;
    QElapsedTimer timer;
    timer.start();
    while (!line.contains('\n') && timer.elapsed() < 10000) {
        socket.waitForReadyRead(100);
        line += socket.readAll();
    }
    return QJsonDocument::fromJson(line.trimmed()).object();
}

} // namespace slp::xrsim::test
