#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace slp {
struct CssmSettings;
}

namespace slp::ui {

class ConsoleContext;
class CredentialsPage;
class KnownHostsPage;

// File > Settings: SSH parallelism and timeouts, credential profiles, known host keys, the CSSM /
// SSM On-Prem endpoint (OAuth client secret to the SecretStore), language and schedule.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page { General, Ssh, Credentials, KnownHosts, Cssm };

    SettingsDialog(ConsoleContext &context, QWidget *parent = nullptr);

    void showPage(Page page);
    void accept() override;
    KnownHostsPage *knownHostsPage() const { return m_knownHosts; }
    CredentialsPage *credentialsPage() const { return m_credentials; }

signals:
    // The language changed: it applies at the next start.
    void languageChanged(const QString &language);
    void settingsApplied();

private:
    QWidget *buildGeneral();
    QWidget *buildSsh();
    QWidget *buildCssm();
    void load();
    // The CSSM section as CssmSettings (client secret by its SecretStore reference).
    CssmSettings cssmFromFields() const;
    void showCssm(const CssmSettings &settings);
    // Writes a typed client secret first (when there is one), then `next`; on failure says so.
    void storeSecretThen(std::function<void()> next);
    // Token + license summary with the values in the fields; the result goes to the label below.
    void testConnection();

    ConsoleContext &m_context;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_refreshHours = nullptr;
    QSpinBox *m_collectHours = nullptr;
    QSpinBox *m_parallel = nullptr;
    QSpinBox *m_connectTimeout = nullptr;
    QSpinBox *m_commandTimeout = nullptr;
    QSpinBox *m_idleTimeout = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QLineEdit *m_tenant = nullptr;
    QLineEdit *m_smartAccount = nullptr;
    QLineEdit *m_virtualAccount = nullptr;
    QLineEdit *m_caBundle = nullptr;
    QLabel *m_testResult = nullptr;
    QLineEdit *m_proxyHost = nullptr;
    QSpinBox *m_proxyPort = nullptr;
    QLabel *m_secretStatus = nullptr;
    CredentialsPage *m_credentials = nullptr;
    KnownHostsPage *m_knownHosts = nullptr;
};

} // namespace slp::ui
