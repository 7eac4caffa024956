#include "Lab.h"

#include "XrsimLog.h"
#include "router/Router.h"
#include "ssh/HostKeyStore.h"
#include "ssh/RouterEndpoint.h"
#include "ssh/SshServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace slp::xrsim {

Lab::Lab() = default;

Lab::~Lab()
{
    stop();
}

bool Lab::loadFleet(QString *error)
{
    QFile file(m_options.fleetPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = m_options.fleetPath + QStringLiteral(": ") + file.errorString();
        return false;
    }
    // Relative times ("now-20d") resolve against the lab's first boot, remembered in lab.json, so that a
    // restart sees the same history.
    const QString labFile = m_options.stateDir + QStringLiteral("/lab.json");
    qint64 firstBoot = m_clock.now();
    QFile lab(labFile);
    if (lab.open(QIODevice::ReadOnly)) {
        const QJsonObject object = QJsonDocument::fromJson(lab.readAll()).object();
        if (object.value(QStringLiteral("firstBoot")).isDouble())
            firstBoot = static_cast<qint64>(object.value(QStringLiteral("firstBoot")).toDouble());
    } else {
        QSaveFile save(labFile);
        if (save.open(QIODevice::WriteOnly)) {
            save.write(
                QJsonDocument(QJsonObject {{QStringLiteral("firstBoot"), static_cast<double>(firstBoot)}}).toJson());
            save.commit();
        }
    }
    QStringList errors;
    m_fleet = parseFleet(file.readAll(), firstBoot, &errors);
    if (!errors.isEmpty()) {
        *error = m_options.fleetPath + QStringLiteral(": ")
            + errors.join(QStringLiteral("\n") + m_options.fleetPath + QStringLiteral(": "));
        return false;
    }
    if (m_fleet.routers.isEmpty()) {
        *error = m_options.fleetPath + QStringLiteral(": routers: the fleet is empty");
        return false;
    }
    return true;
}

QString Lab::addressFor(int index, const RouterSpec &spec, QString *error) const
{
    if (!spec.address.isEmpty())
        return spec.address;
    if (m_options.bindBase.isEmpty())
        return QStringLiteral("127.0.0.1");
    const QHostAddress base(m_options.bindBase);
    bool ok = false;
    const quint32 value = base.toIPv4Address(&ok);
    if (!ok || (value >> 24) != 127 || (value & 0xffffffu) + static_cast<quint32>(index) >= 0xffffffu) {
        *error = QStringLiteral("--bind-base %1: needs a 127.x.y.z address with room for %2 routers")
                     .arg(m_options.bindBase)
                     .arg(m_fleet.routers.size());
        return {};
    }
    return QHostAddress(value + static_cast<quint32>(index)).toString();
}

bool Lab::start(const LabOptions &options, QString *error)
{
    m_options = options;
    if (!QDir().mkpath(m_options.stateDir)) {
        *error = m_options.stateDir + QStringLiteral(": cannot create the state directory");
        return false;
    }
    QString clockError;
    if (!m_clock.load(m_options.stateDir + QStringLiteral("/clock.json"), &clockError)) {
        *error = clockError;
        return false;
    }
    m_clock.setRate(m_options.clockRate);
    if (!loadFleet(error))
        return false;

    HostKeyStore hostKeys(m_options.stateDir + QStringLiteral("/host_keys.json"));
    if (!hostKeys.load(error))
        return false;
    m_server = std::make_unique<SshServer>();
    for (int i = 0; i < m_fleet.routers.size(); ++i) {
        const RouterSpec &spec = m_fleet.routers.at(i);
        const QString address = addressFor(i, spec, error);
        if (address.isEmpty())
            return false;
        m_routers.push_back(std::make_unique<Router>(
            spec, m_options.stateDir + QStringLiteral("/routers/") + spec.hostname, &m_clock, m_fleet.cssmSigningKey));
        const int port = spec.port >= 0 ? spec.port : m_options.port;
        m_endpoints.push_back(std::make_unique<RouterEndpoint>(*m_routers.back(), address, static_cast<quint16>(port)));
        RouterEndpoint &endpoint = *m_endpoints.back();
        if (!endpoint.prepare(hostKeys, error))
            return false;
        QString listenError;
        if (!m_server->listen(endpoint, &listenError)) {
            *error = spec.hostname + QStringLiteral(": cannot listen: ") + listenError;
            return false;
        }
    }
    if (!hostKeys.saveIfChanged(error))
        return false;
    m_server->start();
    return true;
}

void Lab::stop()
{
    if (m_server)
        m_server->stop();
    m_server.reset();
    for (const auto &router : m_routers) {
        QString error;
        if (!router->save(&error))
            qCWarning(lcXrsim, "%s: cannot save state: %s", qPrintable(router->spec().hostname), qPrintable(error));
    }
    saveClock();
}

void Lab::saveClock()
{
    if (m_options.stateDir.isEmpty())
        return;
    QString error;
    if (!m_clock.save(m_options.stateDir + QStringLiteral("/clock.json"), &error))
        qCWarning(lcXrsim, "%s", qPrintable(error));
}

Router *Lab::router(const QString &hostname) const
{
    for (const auto &router : m_routers) {
        if (router->spec().hostname.compare(hostname, Qt::CaseInsensitive) == 0)
            return router.get();
    }
    return nullptr;
}

int Lab::liveConnections() const
{
    return m_server ? m_server->liveConnections() : 0;
}

QByteArray Lab::readyDocument(quint16 controlPort) const
{
    QJsonArray routers;
    for (const auto &endpoint : m_endpoints) {
        const RouterSpec &spec = endpoint->router().spec();
        routers.append(QJsonObject {{QStringLiteral("hostname"), spec.hostname},
                                    {QStringLiteral("address"), endpoint->address()},
                                    {QStringLiteral("port"), endpoint->port()},
                                    {QStringLiteral("fingerprint"), endpoint->hostKey().fingerprint()},
                                    {QStringLiteral("hostKey"), endpoint->hostKey().publicKeyLine()},
                                    {QStringLiteral("udi"), spec.udi()},
                                    {QStringLiteral("username"), spec.credentials.username}});
    }
    QJsonObject document {{QStringLiteral("format"), QStringLiteral("xrsim-ready/1")},
                          {QStringLiteral("pid"), static_cast<double>(QCoreApplication::applicationPid())},
                          {QStringLiteral("stateDir"), QDir(m_options.stateDir).absolutePath()},
                          {QStringLiteral("routers"), routers}};
    if (controlPort != 0)
        document.insert(
            QStringLiteral("control"),
            QJsonObject {{QStringLiteral("host"), QStringLiteral("127.0.0.1")}, {QStringLiteral("port"), controlPort}});
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

bool Lab::writeReadyFile(quint16 controlPort, QString *error) const
{
    QSaveFile file(m_options.readyFile);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = m_options.readyFile + QStringLiteral(": ") + file.errorString();
        return false;
    }
    file.write(readyDocument(controlPort));
    if (!file.commit()) {
        *error = m_options.readyFile + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

} // namespace slp::xrsim
