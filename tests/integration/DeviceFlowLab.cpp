#include "DeviceFlowLab.h"

#include "cssm/CssmClient.h"
#include "flows/JobManager.h"
#include "flows/RefreshJob.h"
#include "store/AuditEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace slp::test {

namespace {

const QString password = QStringLiteral("device-flows-Password-5");
const QString clientSecretReference = QStringLiteral("cssm/client-secret");

bool writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(object).toJson()) > 0;
}

} // namespace

DeviceFlowLab::DeviceFlowLab(int routers, const QHash<QString, int> &pools)
    : m_fleet(routers, password)
    , m_pools(pools)
{ }

DeviceFlowLab::~DeviceFlowLab()
{
    m_manager.reset();
    m_cssm.reset();
}

QString DeviceFlowLab::routerPassword()
{
    return password;
}

QString DeviceFlowLab::libraryDirectory() const
{
    return m_dataDir.filePath(QStringLiteral("library"));
}

QString DeviceFlowLab::start()
{
    // The routers join cssmsim's account, so that CSSM's ID tokens and codes fit them.
    QJsonObject fleet = m_fleet.fleetJson();
    QJsonArray routers = fleet.value(QStringLiteral("routers")).toArray();
    for (qsizetype i = 0; i < routers.size(); ++i) {
        QJsonObject router = routers.at(i).toObject();
        router.insert(QStringLiteral("smartAccount"), QString::fromLatin1(smartAccount));
        router.insert(QStringLiteral("virtualAccount"), QString::fromLatin1(virtualAccount));
        routers.replace(i, router);
    }
    fleet.insert(QStringLiteral("routers"), routers);

    m_xrsim = std::make_unique<XrsimProcess>(m_simDir.path());
    QString error;
    if (!m_xrsim->start(fleet, &error))
        return error;

    QJsonArray licenses;
    for (auto it = m_pools.cbegin(); it != m_pools.cend(); ++it)
        licenses.append(QJsonObject {{QStringLiteral("tag"), it.key()},
                                     {QStringLiteral("displayName"), it.key()},
                                     {QStringLiteral("quantity"), it.value()}});
    const QJsonObject accounts {
        {QStringLiteral("schema"), QStringLiteral("cssmsim-accounts/1")},
        {QStringLiteral("accounts"),
         QJsonArray {
             QJsonObject {{QStringLiteral("id"), QStringLiteral("9007199254740993")},
                          {QStringLiteral("domain"), QStringLiteral("lab.example.com")},
                          {QStringLiteral("name"), QString::fromLatin1(smartAccount)},
                          {QStringLiteral("virtualAccounts"),
                           QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("9007199254740995")},
                                                    {QStringLiteral("name"), QString::fromLatin1(virtualAccount)},
                                                    {QStringLiteral("default"), true},
                                                    {QStringLiteral("licenses"), licenses}}}}}}}};
    const QString fleetPath = m_cssmsim.path(QStringLiteral("fleet.json"));
    const QString accountsPath = m_cssmsim.path(QStringLiteral("accounts.json"));
    if (!writeJson(fleetPath, fleet) || !writeJson(accountsPath, accounts))
        return QStringLiteral("cannot write cssmsim's fleet or accounts file");
    if (const QString problem
        = m_cssmsim.start({QStringLiteral("--fleet"), fleetPath, QStringLiteral("--accounts"), accountsPath});
        !problem.isEmpty())
        return problem;
    if (!SecretStore::waitFor(m_secrets.write(clientSecretReference, Secret(m_cssmsim.clientSecret()))).ok())
        return QStringLiteral("cannot keep the client secret");
    CssmSettings settings = m_cssmsim.settings(clientSecretReference);
    settings.smartAccountId = QStringLiteral("9007199254740993");
    settings.smartAccountDomain = QStringLiteral("lab.example.com");
    settings.virtualAccountId = QStringLiteral("9007199254740995");
    settings.virtualAccountName = QString::fromLatin1(virtualAccount);
    m_cssm = std::make_unique<CssmClient>(settings, &m_secrets);

    m_probe = std::make_unique<StoreProbe>(m_dataDir.filePath(QStringLiteral("slp.sqlite")));
    if (!m_probe->isOpen())
        return m_probe->openError();
    CredentialProfile lab;
    lab.name = QStringLiteral("lab");
    lab.username = QStringLiteral("admin");
    lab.secretRef = CredentialProfile::defaultSecretReference(lab.name);
    if (!waitWithEvents(store().addCredentialProfile(lab)).ok()
        || !SecretStore::waitFor(m_secrets.write(lab.secretRef, Secret::fromString(password))).ok())
        return QStringLiteral("cannot add the credential profile");
    for (const LabRouter &router : m_fleet.routers()) {
        const XrsimEndpoint endpoint = m_xrsim->endpoint(router.hostname);
        DeviceRecord device;
        device.hostname = router.hostname;
        device.address = endpoint.address;
        device.port = endpoint.port;
        device.credentialRef = lab.name;
        const StoreResult<qint64> added = waitWithEvents(store().addDevice(device));
        if (!added.ok())
            return added.error.message;
        m_ids.insert(router.hostname, added.value);
    }

    JobManagerSettings managerSettings;
    managerSettings.knownHostsPath = m_dataDir.filePath(QStringLiteral("known_hosts"));
    managerSettings.libraryDirectory = libraryDirectory();
    managerSettings.defaults.unknownHostKeyPolicy = UnknownHostKeyPolicy::AcceptNew;
    managerSettings.cssm = m_cssm.get();
    m_manager = std::make_unique<JobManager>(&store(), &m_secrets, managerSettings);
    // Every device starts with a snapshot (its UDI and the licenses it uses).
    QStringList hostnames;
    for (const LabRouter &router : m_fleet.routers())
        hostnames.append(router.hostname);
    auto *refresh = new RefreshJob(m_manager->environment(), managerSettings.defaults);
    if (const JobState state = run(refresh, hostnames); state != JobState::Succeeded)
        return QStringLiteral("the first refresh failed: %1").arg(messageOf(*refresh, m_ids.value(hostnames.first())));
    return {};
}

JobState DeviceFlowLab::run(Job *job, const QStringList &hostnames)
{
    QList<qint64> ids;
    for (const QString &hostname : hostnames)
        ids.append(m_ids.value(hostname));
    m_manager->startJob(job, ids);
    QElapsedTimer timer;
    timer.start();
    while (!job->isFinished() && timer.elapsed() < 50000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return job->isFinished() ? job->state() : JobState::Running;
}

QString DeviceFlowLab::messageOf(const Job &job, qint64 deviceId)
{
    const std::optional<DeviceStep> step = job.step(deviceId);
    return step ? step->message : QString();
}

QJsonObject DeviceFlowLab::routerState(const QString &hostname) const
{
    return m_xrsim->control({{QStringLiteral("cmd"), QStringLiteral("state")}, {QStringLiteral("router"), hostname}})
        .value(QStringLiteral("state"))
        .toObject();
}

QStringList DeviceFlowLab::auditCommands(const QString &hostname)
{
    QStringList commands;
    for (const AuditEntry &entry : m_probe->audit(m_ids.value(hostname)))
        commands.append(entry.command);
    return commands;
}

} // namespace slp::test
