#pragma once

#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

class QFileSystemWatcher;
class QTimer;

namespace slp::ui {

class ConsoleContext;

// The demo lab behind `scripts/demo.sh`: starts xrsim with the fleet of resources/demo-lab/, waits
// for its ready file (off the GUI thread: a directory watcher, no polling loop), writes the lab's
// host keys into a fresh known_hosts file, and preloads a throwaway database with the lab's devices
// and credential profile. The simulators stop when the lab object goes away (console exit).
//
// With cssmsim (tests/sim/cssmsim) found, the lab also runs a CSSM on loopback with the same fleet
// file (its routers' signing keys) and resources/demo-lab/cssm-accounts.json; preload() then stores its
// endpoint, account and CA with CssmSettingsStore and its OAuth client secret in the SecretStore, so
// that the online flows (Send to CSSM, trust from CSSM, SLR online) work against it.
class DemoLab : public QObject
{
    Q_OBJECT
public:
    struct Router
    {
        QString hostname;
        QString address;
        quint16 port = 0;
        QString udi;
        QString username;
        QString fingerprint; // "SHA256:..."
        QString hostKeyLine; // "ssh-ed25519 AAAA..."
        QString scenario; // the fleet file's description ("healthy", "overdue", ...)
    };

    struct Options
    {
        QString fleetPath;
        QString xrsimPath;
        QString workDir; // empty: a temporary folder removed on exit
        int startTimeoutMs = 30'000;
        QString cssmsimPath; // empty: the lab runs without CSSM
    };

    // What cssmsim's ready file says (tests/sim/CSSMSIM.md section 2).
    struct CssmEndpoint
    {
        QString baseUrl;
        QString tokenUrl;
        QString caFile;
        QString clientId;
        QString clientSecretFile;
    };

    explicit DemoLab(Options options, QObject *parent = nullptr);
    ~DemoLab() override; // stops the simulators

    // Where things are found: $SLP_XRSIM, next to slpconsole, or the build tree; $SLP_DEMO_LAB, the
    // source tree, or the installed share folder. Empty when not found.
    static QString findXrsim();
    static QString findFleet();
    static QString findCssmsim();

    QString workDir() const;
    QString databasePath() const;
    QString knownHostsPath() const;
    QString settingsPath() const;
    const QList<Router> &routers() const { return m_routers; }
    QString username() const { return m_username; }
    bool isRunning() const { return m_xrsim.state() != QProcess::NotRunning; }
    bool hasCssm() const { return m_cssmReadySeen; }
    const CssmEndpoint &cssmEndpoint() const { return m_cssmEndpoint; }

    // Starts the simulators; then ready() or failed().
    void start();
    // Adds the credential profile (secret into the context's secret store) and every router to the
    // context's store; then preloaded() or failed().
    void preload(ConsoleContext &context);
    void stop();

    // Pure helpers (tested directly).
    static QList<Router> parseReadyFile(const QByteArray &json, QString *error);
    static CssmEndpoint parseCssmReadyFile(const QByteArray &json, QString *error);
    static QByteArray knownHostsContent(const QList<Router> &routers);
    // "vie-p04" -> "Vienna"; unknown prefixes give "".
    static QString siteOf(const QString &hostname);
    // "vie-pe04" -> "pe"
    static QString roleOf(const QString &hostname);

    static constexpr auto credentialProfileName = "demo-lab";

signals:
    void ready();
    void preloaded(int devices);
    void failed(const QString &message);

private:
    void readFleet();
    void checkReady();
    void onReadyFile(const QByteArray &content);
    void fail(const QString &message);
    void startCssm();
    void onCssmReadyFile(const QByteArray &content);
    void emitReadyWhenComplete();
    // Stores the lab CSSM's settings and client secret, then adds the devices.
    void preloadCssm(ConsoleContext &context);
    void preloadDevices(ConsoleContext &context);
    static void stopProcess(QProcess &process);

    Options m_options;
    QTemporaryDir m_temporary;
    QProcess m_xrsim;
    QProcess m_cssmsim;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_timeout = nullptr;
    QList<Router> m_routers;
    QHash<QString, QString> m_scenarios; // hostname -> description, from the fleet file
    QString m_username;
    QString m_password;
    bool m_readySeen = false;
    bool m_hostsWritten = false;
    bool m_cssmReadySeen = false;
    CssmEndpoint m_cssmEndpoint;
    bool m_failed = false;
};

} // namespace slp::ui
