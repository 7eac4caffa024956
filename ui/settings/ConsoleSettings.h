#pragma once

#include <QSettings>
#include <QString>

#include <memory>

namespace slp::ui {

// The console's preferences, typed, over one QSettings. The demo lab passes a throwaway file so
// that a demo never touches the admin's real preferences.
//
// Secrets are never stored here: the CSSM OAuth client secret goes to the SecretStore under
// cssmClientSecretReference().
class ConsoleSettings
{
public:
    // The user's settings (QSettings' default location for the application).
    ConsoleSettings();
    // Settings kept in an INI file at `iniPath` (demo lab, tests).
    explicit ConsoleSettings(const QString &iniPath);

    QSettings &raw() { return *m_settings; }

    // --- SSH ---
    int sshParallel() const;
    void setSshParallel(int parallel);
    int sshConnectTimeoutSeconds() const;
    void setSshConnectTimeoutSeconds(int seconds);
    int sshCommandTimeoutSeconds() const;
    void setSshCommandTimeoutSeconds(int seconds);
    int sshIdleTimeoutSeconds() const;
    void setSshIdleTimeoutSeconds(int seconds);

    // --- CSSM / SSM On-Prem ---
    QString cssmBaseUrl() const;
    void setCssmBaseUrl(const QString &url);
    QString cssmTokenUrl() const;
    void setCssmTokenUrl(const QString &url);
    QString cssmClientId() const;
    void setCssmClientId(const QString &clientId);
    QString cssmTenant() const; // SSM On-Prem tenant; empty for CSSM
    void setCssmTenant(const QString &tenant);
    QString smartAccount() const;
    void setSmartAccount(const QString &account);
    QString virtualAccount() const;
    void setVirtualAccount(const QString &account);
    QString caBundlePath() const;
    void setCaBundlePath(const QString &path);
    QString proxyHost() const;
    void setProxyHost(const QString &host);
    int proxyPort() const; // 0: none
    void setProxyPort(int port);
    static QString cssmClientSecretReference();

    // --- Language: "" follows the system, else a language code ("en", "de") ---
    QString language() const;
    void setLanguage(const QString &language);

    // --- Schedule: 0 hours = off ---
    int refreshIntervalHours() const;
    void setRefreshIntervalHours(int hours);
    int collectIntervalHours() const;
    void setCollectIntervalHours(int hours);

private:
    int boundedInt(const QString &key, int defaultValue, int minimum, int maximum) const;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace slp::ui
