#pragma once

#include "flows/JobOptions.h"

#include <QObject>
#include <QString>

#include <memory>

namespace slp {
class CssmClient;
class JobManager;
class SecretStore;
class Store;
} // namespace slp

namespace slp::ui {

class ConsoleSettings;

// What every window, view and dialog of one console works with: the store, the secret store, the
// settings, the known_hosts file and the job manager. Views never talk to each other; they tell the
// context what changed and reload on its signals.
class ConsoleContext : public QObject
{
    Q_OBJECT
public:
    struct Paths
    {
        QString database; // empty: Store::defaultPath()
        QString knownHosts; // the application's own known_hosts file
    };

    ConsoleContext(std::unique_ptr<ConsoleSettings> settings, std::unique_ptr<SecretStore> secrets, Paths paths,
                   QObject *parent = nullptr);
    ~ConsoleContext() override;

    // Opens the store off the GUI thread; then ready() (the job manager exists) or openFailed().
    void open();
    bool isReady() const { return m_ready; }

    Store &store() { return *m_store; }
    SecretStore &secrets() { return *m_secrets; }
    ConsoleSettings &settings() { return *m_settings; }
    const Paths &paths() const { return m_paths; }
    // Null until ready().
    JobManager *jobs() const { return m_jobs.get(); }
    // Options for new jobs from the settings (parallelism, timeouts); host keys are asked about.
    JobOptions jobOptions() const;
    // Applies changed settings to the job manager.
    void applySettings();

    // The CSSM client of the online flows, built from the settings stored with CssmSettingsStore; null
    // until ready(). It always exists once ready: jobs hold it for their whole life, so a changed
    // configuration is applied with setSettings() rather than a new client.
    CssmClient *cssm() const { return m_cssm.get(); }
    bool isCssmConfigured() const { return m_cssmConfigured; }
    // Reads the stored CSSM settings again (after the Settings dialog or the demo lab saved them);
    // then cssmChanged().
    void reloadCssmSettings();
    // The report library folder: "library" next to the database.
    QString libraryDirectory() const;

    // A label for the window title and status bar ("Demo lab"); empty for a normal session.
    QString sessionLabel() const { return m_sessionLabel; }
    void setSessionLabel(const QString &label) { m_sessionLabel = label; }

    // Whoever changed something says so; the views reload.
    void notifyDevicesChanged() { emit devicesChanged(); }
    void notifyAuditChanged() { emit auditChanged(); }
    void notifyLibraryChanged() { emit libraryChanged(); }

signals:
    void ready();
    void openFailed(const QString &message);
    void devicesChanged();
    void auditChanged();
    void libraryChanged();
    void cssmChanged();

private:
    std::unique_ptr<ConsoleSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    Paths m_paths;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<CssmClient> m_cssm;
    std::unique_ptr<JobManager> m_jobs;
    QString m_sessionLabel;
    bool m_ready = false;
    bool m_cssmConfigured = false;
    quint64 m_cssmGeneration = 0; // only the newest reload's answer applies
};

} // namespace slp::ui
