#include "DemoLab.h"

#include "UiLogging.h"
#include "app/ConsoleContext.h"
#include "common/AsyncFile.h"
#include "cssm/CssmSettings.h"
#include "secrets/SecretStore.h"
#include "ssh/KnownHostsFile.h"
#include "store/CssmSettingsStore.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace slp::ui {

namespace {

constexpr qint64 kMaxLabFileBytes = 8 * 1024 * 1024;
const QString kReadyFile = QStringLiteral("ready.json");
const QString kCssmReadyFile = QStringLiteral("cssm-ready.json");
// The lab's CSSM account (resources/demo-lab/cssm-accounts.json): the smart account the fleet's
// routers name, and the Vienna virtual account as the console's default.
const QString kSmartAccountId = QStringLiteral("9007199254740993");
const QString kSmartAccountDomain = QStringLiteral("netops.lab.example.com");
const QString kVirtualAccountName = QStringLiteral("VA-VIE");
// cssmsim answers polls with this interval (seconds): short enough for a demo, real scale in the client.
const QString kPollIntervalSeconds = QStringLiteral("2");

} // namespace

DemoLab::DemoLab(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_xrsim.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_xrsim, &QProcess::finished, this, [this](int exitCode) {
        if (!m_readySeen)
            fail(tr("xrsim stopped before the lab was ready (exit status %1):\n%2")
                     .arg(exitCode)
                     .arg(QString::fromLocal8Bit(m_xrsim.readAll()).trimmed().right(2000)));
    });
    connect(&m_xrsim, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("xrsim could not be started (%1): %2").arg(m_options.xrsimPath, m_xrsim.errorString()));
    });
    m_cssmsim.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_cssmsim, &QProcess::finished, this, [this](int exitCode) {
        if (!m_cssmReadySeen)
            fail(tr("cssmsim stopped before the lab was ready (exit status %1):\n%2")
                     .arg(exitCode)
                     .arg(QString::fromLocal8Bit(m_cssmsim.readAll()).trimmed().right(2000)));
    });
    connect(&m_cssmsim, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("cssmsim could not be started (%1): %2").arg(m_options.cssmsimPath, m_cssmsim.errorString()));
    });
}

DemoLab::~DemoLab()
{
    stop();
}

QString DemoLab::findXrsim()
{
    const QStringList candidates {
        qEnvironmentVariable("SLP_XRSIM"),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("xrsim")),
#ifdef SLP_XRSIM_BUILD_PATH
        QStringLiteral(SLP_XRSIM_BUILD_PATH),
#endif
    };
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).absoluteFilePath();
    }
    return {};
}

QString DemoLab::findCssmsim()
{
    const QStringList candidates {
        qEnvironmentVariable("SLP_CSSMSIM"),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("cssmsim")),
#ifdef SLP_CSSMSIM_BUILD_PATH
        QStringLiteral(SLP_CSSMSIM_BUILD_PATH),
#endif
    };
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).absoluteFilePath();
    }
    return {};
}

QString DemoLab::findFleet()
{
    const QStringList candidates {
        qEnvironmentVariable("SLP_DEMO_LAB"),
#ifdef SLP_DEMO_LAB_SOURCE_DIR
        QStringLiteral(SLP_DEMO_LAB_SOURCE_DIR),
#endif
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/slpconsole/demo-lab")),
    };
    for (const QString &candidate : candidates) {
        const QString fleet = QDir(candidate).filePath(QStringLiteral("fleet.json"));
        if (!candidate.isEmpty() && QFileInfo::exists(fleet))
            return QFileInfo(fleet).absoluteFilePath();
    }
    return {};
}

QString DemoLab::workDir() const
{
    return m_options.workDir.isEmpty() ? m_temporary.path() : m_options.workDir;
}
QString DemoLab::databasePath() const
{
    return QDir(workDir()).filePath(QStringLiteral("slpconsole.sqlite"));
}
QString DemoLab::knownHostsPath() const
{
    return QDir(workDir()).filePath(QStringLiteral("known_hosts"));
}
QString DemoLab::settingsPath() const
{
    return QDir(workDir()).filePath(QStringLiteral("settings.ini"));
}

QString DemoLab::siteOf(const QString &hostname)
{
    static const QHash<QString, QString> sites {
        {QStringLiteral("ams"), QStringLiteral("Amsterdam")}, {QStringLiteral("cph"), QStringLiteral("Copenhagen")},
        {QStringLiteral("dub"), QStringLiteral("Dublin")},    {QStringLiteral("fra"), QStringLiteral("Frankfurt")},
        {QStringLiteral("lon"), QStringLiteral("London")},    {QStringLiteral("mad"), QStringLiteral("Madrid")},
        {QStringLiteral("mil"), QStringLiteral("Milan")},     {QStringLiteral("osl"), QStringLiteral("Oslo")},
        {QStringLiteral("par"), QStringLiteral("Paris")},     {QStringLiteral("vie"), QStringLiteral("Vienna")},
        {QStringLiteral("waw"), QStringLiteral("Warsaw")},
    };
    return sites.value(hostname.section(u'-', 0, 0).toLower());
}

QString DemoLab::roleOf(const QString &hostname)
{
    QString role = hostname.section(u'-', 1, 1).toLower();
    while (!role.isEmpty() && role.back().isDigit())
        role.chop(1);
    return role;
}

void DemoLab::start()
{
    if (!m_options.workDir.isEmpty() && !QDir().mkpath(m_options.workDir)) {
        fail(tr("Cannot create the demo lab folder %1.").arg(m_options.workDir));
        return;
    }
    if (m_options.workDir.isEmpty() && !m_temporary.isValid()) {
        fail(tr("Cannot create a temporary folder for the demo lab: %1").arg(m_temporary.errorString()));
        return;
    }
    if (m_options.xrsimPath.isEmpty()) {
        fail(tr("xrsim was not found. Build the project with tests (cmake -DSLP_BUILD_TESTS=ON, as scripts/demo.sh "
                "does) or point SLP_XRSIM at the xrsim executable."));
        return;
    }
    if (m_options.fleetPath.isEmpty()) {
        fail(tr("The demo lab fleet (resources/demo-lab/fleet.json) was not found; point SLP_DEMO_LAB at its folder."));
        return;
    }
    AsyncFile::read(m_options.fleetPath, kMaxLabFileBytes).then(this, [this](const AsyncFile::ReadResult &file) {
        if (!file.error.isEmpty()) {
            fail(file.error);
            return;
        }
        const QJsonObject fleet = QJsonDocument::fromJson(file.content).object();
        const QJsonObject credentials
            = fleet.value(QStringLiteral("defaults")).toObject().value(QStringLiteral("credentials")).toObject();
        m_username = credentials.value(QStringLiteral("username")).toString(QStringLiteral("admin"));
        m_password = credentials.value(QStringLiteral("password")).toString();
        for (const QJsonValue &router : fleet.value(QStringLiteral("routers")).toArray()) {
            const QJsonObject object = router.toObject();
            m_scenarios.insert(object.value(QStringLiteral("hostname")).toString(),
                               object.value(QStringLiteral("description")).toString());
        }
        if (m_password.isEmpty()) {
            fail(tr("%1: defaults.credentials.password is missing: the lab's routers could not be logged in to.")
                     .arg(m_options.fleetPath));
            return;
        }
        readFleet();
    });
}

void DemoLab::readFleet()
{
    const QString dir = workDir();
    m_watcher = new QFileSystemWatcher({dir}, this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &DemoLab::checkReady);
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("The simulators did not get ready within %1 s:\n%2")
                 .arg(m_options.startTimeoutMs / 1000)
                 .arg(QString::fromLocal8Bit(m_xrsim.readAll() + m_cssmsim.readAll()).trimmed().right(2000)));
    });
    m_timeout->start(m_options.startTimeoutMs);
    const QStringList arguments {
        QStringLiteral("--fleet"),      m_options.fleetPath,
        QStringLiteral("--state-dir"),  QDir(dir).filePath(QStringLiteral("xrsim-state")),
        QStringLiteral("--ready-file"), QDir(dir).filePath(kReadyFile),
        QStringLiteral("--port"),       QStringLiteral("0"),
    };
    qCInfo(lcUi, "Starting the demo lab: %s %s", qPrintable(m_options.xrsimPath), qPrintable(arguments.join(u' ')));
    m_xrsim.start(m_options.xrsimPath, arguments);
    startCssm();
}

void DemoLab::startCssm()
{
    if (m_options.cssmsimPath.isEmpty()) {
        qCInfo(lcUi, "Demo lab: cssmsim not found (SLP_CSSMSIM), the lab runs without CSSM");
        return;
    }
    const QString dir = workDir();
    const QString accounts
        = QFileInfo(m_options.fleetPath).absoluteDir().filePath(QStringLiteral("cssm-accounts.json"));
    QStringList arguments {
        QStringLiteral("--state-dir"),     QDir(dir).filePath(QStringLiteral("cssmsim-state")),
        QStringLiteral("--ready-file"),    QDir(dir).filePath(kCssmReadyFile),
        QStringLiteral("--fleet"),         m_options.fleetPath,
        QStringLiteral("--poll-interval"), kPollIntervalSeconds,
    };
    if (QFileInfo::exists(accounts))
        arguments << QStringLiteral("--accounts") << accounts;
    qCInfo(lcUi, "Starting the lab's CSSM: %s %s", qPrintable(m_options.cssmsimPath), qPrintable(arguments.join(u' ')));
    m_cssmsim.start(m_options.cssmsimPath, arguments);
}

DemoLab::CssmEndpoint DemoLab::parseCssmReadyFile(const QByteArray &json, QString *error)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("cssmsim-ready/1")) {
        *error = tr("cssmsim's ready file is not \"cssmsim-ready/1\"");
        return {};
    }
    CssmEndpoint endpoint;
    endpoint.baseUrl = root.value(QStringLiteral("baseUrl")).toString();
    endpoint.tokenUrl = root.value(QStringLiteral("tokenUrl")).toString();
    endpoint.caFile = root.value(QStringLiteral("caFile")).toString();
    endpoint.clientId = root.value(QStringLiteral("clientId")).toString();
    endpoint.clientSecretFile = root.value(QStringLiteral("clientSecretFile")).toString();
    if (endpoint.baseUrl.isEmpty() || endpoint.tokenUrl.isEmpty() || endpoint.clientId.isEmpty()
        || endpoint.clientSecretFile.isEmpty())
        *error = tr("cssmsim's ready file lacks baseUrl, tokenUrl, clientId or clientSecretFile");
    return endpoint;
}

void DemoLab::onCssmReadyFile(const QByteArray &content)
{
    QString error;
    const CssmEndpoint endpoint = parseCssmReadyFile(content, &error);
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    m_cssmEndpoint = endpoint;
    m_cssmReadySeen = true;
    qCInfo(lcUi, "Demo lab CSSM ready: %s", qPrintable(endpoint.baseUrl));
    emitReadyWhenComplete();
}

void DemoLab::emitReadyWhenComplete()
{
    if (m_failed || !m_hostsWritten || (!m_options.cssmsimPath.isEmpty() && !m_cssmReadySeen))
        return;
    if (m_timeout)
        m_timeout->stop();
    qCInfo(lcUi, "Demo lab ready: %d routers", static_cast<int>(m_routers.size()));
    emit ready();
}

void DemoLab::checkReady()
{
    if (m_failed)
        return;
    if (!m_cssmReadySeen && !m_options.cssmsimPath.isEmpty()) {
        AsyncFile::read(QDir(workDir()).filePath(kCssmReadyFile), kMaxLabFileBytes)
            .then(this, [this](const AsyncFile::ReadResult &file) {
                if (file.error.isEmpty() && !m_cssmReadySeen)
                    onCssmReadyFile(file.content);
            });
    }
    if (m_readySeen)
        return;
    const QString path = QDir(workDir()).filePath(kReadyFile);
    // The watcher says "something changed"; the file appears by rename, so it is complete once seen.
    AsyncFile::read(path, kMaxLabFileBytes).then(this, [this](const AsyncFile::ReadResult &file) {
        if (file.error.isEmpty() && !m_readySeen)
            onReadyFile(file.content);
    });
}

QList<DemoLab::Router> DemoLab::parseReadyFile(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        *error = tr("the ready file is not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return {};
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("xrsim-ready/1")) {
        *error = tr("the ready file's format is \"%1\", expected \"xrsim-ready/1\"")
                     .arg(root.value(QStringLiteral("format")).toString());
        return {};
    }
    QList<Router> routers;
    const QJsonArray array = root.value(QStringLiteral("routers")).toArray();
    for (int index = 0; index < array.size(); ++index) {
        const QJsonObject object = array.at(index).toObject();
        Router router;
        router.hostname = object.value(QStringLiteral("hostname")).toString();
        router.address = object.value(QStringLiteral("address")).toString();
        const int port = object.value(QStringLiteral("port")).toInt();
        router.udi = object.value(QStringLiteral("udi")).toString();
        router.username = object.value(QStringLiteral("username")).toString();
        router.fingerprint = object.value(QStringLiteral("fingerprint")).toString();
        router.hostKeyLine = object.value(QStringLiteral("hostKey")).toString();
        if (router.hostname.isEmpty() || router.address.isEmpty() || port <= 0 || port > 65535
            || !router.hostKeyLine.startsWith(QLatin1String("ssh-"))) {
            *error = tr("the ready file's routers[%1] lacks hostname, address, port or hostKey").arg(index);
            return {};
        }
        router.port = static_cast<quint16>(port);
        routers.append(router);
    }
    if (routers.isEmpty())
        *error = tr("the ready file lists no router");
    return routers;
}

QByteArray DemoLab::knownHostsContent(const QList<Router> &routers)
{
    QByteArray content;
    for (const Router &router : routers) {
        // Only "type base64": xrsim may append a comment, which known_hosts would take as part of the key line.
        const QString key = router.hostKeyLine.section(u' ', 0, 1);
        content += (KnownHostsFile::hostField(router.address, router.port) + u' ' + key + u'\n').toUtf8();
    }
    return content;
}

void DemoLab::onReadyFile(const QByteArray &content)
{
    QString error;
    QList<Router> routers = parseReadyFile(content, &error);
    if (!error.isEmpty()) {
        fail(tr("xrsim's ready file: %1").arg(error));
        return;
    }
    m_readySeen = true;
    for (Router &router : routers)
        router.scenario = m_scenarios.value(router.hostname);
    m_routers = routers;
    // The lab's host keys are accepted up front: the demo starts without 24 fingerprint questions.
    AsyncFile::write(knownHostsPath(), knownHostsContent(m_routers)).then(this, [this](const QString &writeError) {
        if (!writeError.isEmpty()) {
            fail(writeError);
            return;
        }
        m_hostsWritten = true;
        emitReadyWhenComplete();
    });
}

void DemoLab::preload(ConsoleContext &context)
{
    if (m_cssmReadySeen)
        preloadCssm(context);
    else
        preloadDevices(context);
}

void DemoLab::preloadCssm(ConsoleContext &context)
{
    CssmSettings settings;
    settings.baseUrl = QUrl(m_cssmEndpoint.baseUrl);
    settings.tokenUrl = QUrl(m_cssmEndpoint.tokenUrl);
    settings.clientId = m_cssmEndpoint.clientId;
    settings.clientSecretReference = CssmSettingsStore::clientSecretReference();
    settings.caBundleFile = m_cssmEndpoint.caFile;
    settings.smartAccountId = kSmartAccountId;
    settings.smartAccountDomain = kSmartAccountDomain;
    settings.virtualAccountName = kVirtualAccountName;
    // The client secret is read off the GUI thread and goes only into the (in-memory) secret store.
    AsyncFile::read(m_cssmEndpoint.clientSecretFile, 4096)
        .then(this, [this, &context, settings](const AsyncFile::ReadResult &file) {
            if (!file.error.isEmpty()) {
                fail(tr("The lab CSSM's client secret could not be read: %1").arg(file.error));
                return;
            }
            context.secrets()
                .write(settings.clientSecretReference, Secret::fromString(QString::fromUtf8(file.content.trimmed())))
                .then(this, [this, &context, settings](const SecretResult &stored) {
                    if (!stored.ok()) {
                        fail(tr("The lab CSSM's client secret could not be stored: %1").arg(stored.message));
                        return;
                    }
                    CssmSettingsStore(context.store())
                        .save(settings)
                        .then(this, [this, &context](const StoreError &error) {
                            if (!error.ok()) {
                                fail(tr("The lab CSSM's settings could not be stored: %1").arg(error.message));
                                return;
                            }
                            context.reloadCssmSettings();
                            preloadDevices(context);
                        });
                });
        });
}

void DemoLab::preloadDevices(ConsoleContext &context)
{
    CredentialProfile profile;
    profile.name = QString::fromLatin1(credentialProfileName);
    profile.username = m_username;
    profile.authMethod = CredentialProfile::AuthMethod::Password;
    profile.secretRef = CredentialProfile::defaultSecretReference(profile.name);
    context.secrets()
        .write(profile.secretRef, Secret::fromString(m_password))
        .then(this, [this, &context, profile](const SecretResult &stored) {
            if (!stored.ok()) {
                fail(tr("The lab's password could not be stored: %1").arg(stored.message));
                return;
            }
            context.store().addCredentialProfile(profile).then(
                this, [this, &context, profile](const StoreResult<qint64> &added) {
                    if (!added.ok()) {
                        fail(tr("The lab's credential profile could not be stored: %1").arg(added.error.message));
                        return;
                    }
                    auto remaining = std::make_shared<int>(static_cast<int>(m_routers.size()));
                    auto errors = std::make_shared<QStringList>();
                    for (const Router &router : std::as_const(m_routers)) {
                        DeviceRecord device;
                        device.hostname = router.hostname;
                        device.address = router.address;
                        device.port = router.port;
                        device.credentialRef = profile.name;
                        device.site = siteOf(router.hostname);
                        device.tags = QStringList {QStringLiteral("demo")};
                        if (const QString role = roleOf(router.hostname); !role.isEmpty())
                            device.tags.append(role);
                        device.notes = tr("Demo lab scenario: %1").arg(router.scenario);
                        device.hostKeyFingerprint = router.fingerprint;
                        context.store().addDevice(device).then(
                            this, [this, remaining, errors](const StoreResult<qint64> &result) {
                                if (!result.ok())
                                    errors->append(result.error.message);
                                if (--*remaining > 0)
                                    return;
                                if (!errors->isEmpty())
                                    fail(tr("Some lab devices could not be added:\n%1").arg(errors->join(u'\n')));
                                else
                                    emit preloaded(static_cast<int>(m_routers.size()));
                            });
                    }
                });
        });
}

void DemoLab::fail(const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    qCWarning(lcUi, "Demo lab: %s", qPrintable(message));
    if (m_timeout)
        m_timeout->stop();
    emit failed(message);
}

void DemoLab::stop()
{
    stopProcess(m_xrsim);
    stopProcess(m_cssmsim);
}

void DemoLab::stopProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    // SIGTERM: the simulators save their state and exit within milliseconds. This runs at exit only.
    process.terminate();
    if (!process.waitForFinished(3000)) {
        process.kill();
        process.waitForFinished(1000);
    }
}

} // namespace slp::ui
