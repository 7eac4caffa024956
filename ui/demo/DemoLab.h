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
// cssmsim hook: startCssm() is where the CSSM simulator starts once it exists; it then fills the
// CSSM endpoint, OAuth client and lab CA into the settings. Until then the lab runs without CSSM.
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
    };

    explicit DemoLab(Options options, QObject *parent = nullptr);
    ~DemoLab() override; // stops the simulators

    // Where things are found: $SLP_XRSIM, next to slpconsole, or the build tree; $SLP_DEMO_LAB, the
    // source tree, or the installed share folder. Empty when not found.
    static QString findXrsim();
    static QString findFleet();

    QString workDir() const;
    QString databasePath() const;
    QString knownHostsPath() const;
    QString settingsPath() const;
    const QList<Router> &routers() const { return m_routers; }
    QString username() const { return m_username; }
    bool isRunning() const { return m_xrsim.state() != QProcess::NotRunning; }

    // Starts the simulators; then ready() or failed().
    void start();
    // Adds the credential profile (secret into the context's secret store) and every router to the
    // context's store; then preloaded() or failed().
    void preload(ConsoleContext &context);
    void stop();

    // Pure helpers (tested directly).
    static QList<Router> parseReadyFile(const QByteArray &json, QString *error);
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

    Options m_options;
    QTemporaryDir m_temporary;
    QProcess m_xrsim;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_timeout = nullptr;
    QList<Router> m_routers;
    QHash<QString, QString> m_scenarios; // hostname -> description, from the fleet file
    QString m_username;
    QString m_password;
    bool m_readySeen = false;
    bool m_failed = false;
};

} // namespace slp::ui
