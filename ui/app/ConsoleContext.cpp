#include "ConsoleContext.h"

#include "UiLogging.h"
#include "cssm/CssmClient.h"
#include "flows/JobManager.h"
#include "secrets/SecretStore.h"
#include "settings/ConsoleSettings.h"
#include "store/CssmSettingsStore.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>

namespace slp::ui {

ConsoleContext::ConsoleContext(std::unique_ptr<ConsoleSettings> settings, std::unique_ptr<SecretStore> secrets,
                               Paths paths, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_secrets(std::move(secrets))
    , m_paths(std::move(paths))
    , m_store(std::make_unique<Store>())
{
    m_store->setActor(AuditEntry::currentActor());
}

ConsoleContext::~ConsoleContext()
{
    // Jobs first: they write into the store until they are gone.
    m_jobs.reset();
    m_cssm.reset();
    m_store.reset();
}

void ConsoleContext::open()
{
    m_store->open(m_paths.database).then(this, [this](const StoreError &error) {
        if (!error.ok()) {
            qCWarning(lcUi, "Opening the database failed: %s", qPrintable(error.message));
            emit openFailed(error.message);
            return;
        }
        JobManagerSettings jobSettings;
        jobSettings.knownHostsPath = m_paths.knownHosts;
        jobSettings.defaults = jobOptions();
        jobSettings.libraryDirectory = libraryDirectory();
        m_cssm = std::make_unique<CssmClient>(CssmSettings {}, m_secrets.get());
        jobSettings.cssm = m_cssm.get();
        m_jobs = std::make_unique<JobManager>(m_store.get(), m_secrets.get(), jobSettings);
        m_ready = true;
        emit ready();
        reloadCssmSettings();
    });
}

QString ConsoleContext::libraryDirectory() const
{
    const QString database = m_paths.database.isEmpty() ? Store::defaultPath() : m_paths.database;
    return QFileInfo(database).absoluteDir().filePath(QStringLiteral("library"));
}

void ConsoleContext::reloadCssmSettings()
{
    if (!m_cssm)
        return;
    const quint64 generation = ++m_cssmGeneration;
    CssmSettingsStore(*m_store).load().then(
        this, [this, generation](const StoreResult<std::optional<CssmSettings>> &loaded) {
            if (generation != m_cssmGeneration)
                return;
            if (!loaded.ok()) {
                qCWarning(lcUi, "Reading the CSSM settings failed: %s", qPrintable(loaded.error.message));
                return;
            }
            const std::optional<CssmSettings> &settings = loaded.value;
            m_cssm->setSettings(settings.value_or(CssmSettings {}));
            m_cssmConfigured = settings && CssmSettingsStore::isConfigured(*settings);
            qCInfo(lcUi, "CSSM %s", m_cssmConfigured ? qPrintable(settings->baseUrl.toString()) : "not configured");
            emit cssmChanged();
        });
}

JobOptions ConsoleContext::jobOptions() const
{
    JobOptions options;
    options.parallel = m_settings->sshParallel();
    options.unknownHostKeyPolicy = UnknownHostKeyPolicy::AskCaller;
    options.timeouts.connectMs = m_settings->sshConnectTimeoutSeconds() * 1000;
    options.timeouts.commandMs = m_settings->sshCommandTimeoutSeconds() * 1000;
    options.timeouts.idleMs = m_settings->sshIdleTimeoutSeconds() * 1000;
    return options;
}

void ConsoleContext::applySettings()
{
    if (m_jobs)
        m_jobs->setDefaultOptions(jobOptions());
}

} // namespace slp::ui
