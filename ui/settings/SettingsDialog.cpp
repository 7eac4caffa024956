#include "SettingsDialog.h"

#include "ConsoleSettings.h"
#include "CredentialsPage.h"
#include "KnownHostsPage.h"
#include "app/ConsoleContext.h"
#include "main/DeviceAction.h"
#include "secrets/SecretStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace slp::ui {

namespace {

QSpinBox *spinBox(int minimum, int maximum, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(ConsoleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildGeneral(), tr("General"));
    m_tabs->addTab(buildSsh(), tr("SSH"));
    m_credentials = new CredentialsPage(context, this);
    m_tabs->addTab(m_credentials, tr("Credentials"));
    m_knownHosts = new KnownHostsPage(context.paths().knownHosts, this);
    m_tabs->addTab(m_knownHosts, tr("Known Host Keys"));
    m_tabs->addTab(buildCssm(), tr("CSSM"));
    layout->addWidget(m_tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    load();
    resize(760, 520);
}

QWidget *SettingsDialog::buildGeneral()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), new QLabel(tr("A new language applies the next time the console starts."), page));
    m_refreshHours = spinBox(0, 24 * 31, tr(" h"), page);
    m_refreshHours->setSpecialValueText(tr("off"));
    m_refreshHours->setToolTip(tr("Refresh every device automatically at this interval while the console runs."));
    form->addRow(tr("Automatic &refresh every:"), m_refreshHours);
    m_collectHours = spinBox(0, 24 * 31, tr(" h"), page);
    m_collectHours->setSpecialValueText(tr("off"));
    m_collectHours->setEnabled(DeviceActionCatalog::isImplemented(DeviceAction::CollectUsage));
    m_collectHours->setToolTip(DeviceActionCatalog::notImplementedReason(DeviceAction::CollectUsage));
    form->addRow(tr("Automatic &collect every:"), m_collectHours);
    return page;
}

QWidget *SettingsDialog::buildSsh()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_parallel = spinBox(1, 256, QString(), page);
    m_parallel->setObjectName(QStringLiteral("parallel"));
    m_parallel->setToolTip(tr("How many routers a job works on at the same time."));
    form->addRow(tr("&Parallel sessions:"), m_parallel);
    m_connectTimeout = spinBox(1, 3600, tr(" s"), page);
    form->addRow(tr("&Connect timeout:"), m_connectTimeout);
    m_commandTimeout = spinBox(1, 3600, tr(" s"), page);
    form->addRow(tr("Co&mmand timeout:"), m_commandTimeout);
    m_idleTimeout = spinBox(1, 3600, tr(" s"), page);
    m_idleTimeout->setToolTip(tr("A router that prints nothing for this long is given up on."));
    form->addRow(tr("&Idle timeout:"), m_idleTimeout);
    return page;
}

QWidget *SettingsDialog::buildCssm()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_baseUrl = new QLineEdit(page);
    m_baseUrl->setPlaceholderText(QStringLiteral("https://swapi.cisco.com/services/api/smart-accounts-and-licensing/"));
    form->addRow(tr("&Licensing API URL:"), m_baseUrl);
    m_tokenUrl = new QLineEdit(page);
    m_tokenUrl->setPlaceholderText(QStringLiteral("https://id.cisco.com/oauth2/default/v1/token"));
    form->addRow(tr("&Token URL:"), m_tokenUrl);
    m_tenant = new QLineEdit(page);
    m_tenant->setPlaceholderText(tr("SSM On-Prem only"));
    form->addRow(tr("On-Prem t&enant:"), m_tenant);
    m_clientId = new QLineEdit(page);
    form->addRow(tr("OAuth client &ID:"), m_clientId);
    m_clientSecret = new QLineEdit(page);
    m_clientSecret->setObjectName(QStringLiteral("clientSecret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("unchanged"));
    form->addRow(tr("OAuth client &secret:"), m_clientSecret);
    m_secretStatus = new QLabel(tr("Kept in: %1").arg(m_context.secrets().backendName()), page);
    m_secretStatus->setObjectName(QStringLiteral("secretStatus"));
    form->addRow(QString(), m_secretStatus);
    m_smartAccount = new QLineEdit(page);
    form->addRow(tr("S&mart Account:"), m_smartAccount);
    m_virtualAccount = new QLineEdit(page);
    form->addRow(tr("&Virtual Account:"), m_virtualAccount);
    auto *caRow = new QHBoxLayout;
    m_caBundle = new QLineEdit(page);
    m_caBundle->setPlaceholderText(tr("system CAs only"));
    auto *browse = new QPushButton(tr("Browse..."), page);
    caRow->addWidget(m_caBundle, 1);
    caRow->addWidget(browse);
    form->addRow(tr("Extra &CA bundle:"), caRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CA Bundle"), QString(),
                                                          tr("PEM files (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_caBundle->setText(path);
    });
    auto *proxyRow = new QHBoxLayout;
    m_proxyHost = new QLineEdit(page);
    m_proxyPort = spinBox(0, 65535, QString(), page);
    m_proxyPort->setSpecialValueText(tr("none"));
    proxyRow->addWidget(m_proxyHost, 1);
    proxyRow->addWidget(m_proxyPort);
    form->addRow(tr("HTTPS &proxy:"), proxyRow);
    auto *test = new QPushButton(tr("Test Connection"), page);
    test->setEnabled(false);
    test->setToolTip(tr("Arrives with the CSSM client: not available in this version."));
    form->addRow(QString(), test);
    return page;
}

void SettingsDialog::load()
{
    ConsoleSettings &settings = m_context.settings();
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    m_refreshHours->setValue(settings.refreshIntervalHours());
    m_collectHours->setValue(settings.collectIntervalHours());
    m_parallel->setValue(settings.sshParallel());
    m_connectTimeout->setValue(settings.sshConnectTimeoutSeconds());
    m_commandTimeout->setValue(settings.sshCommandTimeoutSeconds());
    m_idleTimeout->setValue(settings.sshIdleTimeoutSeconds());
    m_baseUrl->setText(settings.cssmBaseUrl());
    m_tokenUrl->setText(settings.cssmTokenUrl());
    m_tenant->setText(settings.cssmTenant());
    m_clientId->setText(settings.cssmClientId());
    m_smartAccount->setText(settings.smartAccount());
    m_virtualAccount->setText(settings.virtualAccount());
    m_caBundle->setText(settings.caBundlePath());
    m_proxyHost->setText(settings.proxyHost());
    m_proxyPort->setValue(settings.proxyPort());
}

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(static_cast<int>(page));
}

void SettingsDialog::accept()
{
    ConsoleSettings &settings = m_context.settings();
    const QString oldLanguage = settings.language();
    settings.setLanguage(m_language->currentData().toString());
    settings.setRefreshIntervalHours(m_refreshHours->value());
    settings.setCollectIntervalHours(m_collectHours->value());
    settings.setSshParallel(m_parallel->value());
    settings.setSshConnectTimeoutSeconds(m_connectTimeout->value());
    settings.setSshCommandTimeoutSeconds(m_commandTimeout->value());
    settings.setSshIdleTimeoutSeconds(m_idleTimeout->value());
    settings.setCssmBaseUrl(m_baseUrl->text().trimmed());
    settings.setCssmTokenUrl(m_tokenUrl->text().trimmed());
    settings.setCssmTenant(m_tenant->text().trimmed());
    settings.setCssmClientId(m_clientId->text().trimmed());
    settings.setSmartAccount(m_smartAccount->text().trimmed());
    settings.setVirtualAccount(m_virtualAccount->text().trimmed());
    settings.setCaBundlePath(m_caBundle->text().trimmed());
    settings.setProxyHost(m_proxyHost->text().trimmed());
    settings.setProxyPort(m_proxyPort->value());
    m_context.applySettings();
    if (settings.language() != oldLanguage)
        emit languageChanged(settings.language());
    emit settingsApplied();

    const QString secret = m_clientSecret->text();
    m_clientSecret->clear();
    if (secret.isEmpty()) {
        QDialog::accept();
        return;
    }
    // The secret goes to the keychain; the dialog closes only once it is stored.
    m_secretStatus->setText(tr("Storing the client secret..."));
    m_context.secrets()
        .write(ConsoleSettings::cssmClientSecretReference(), Secret::fromString(secret))
        .then(this, [this](const SecretResult &result) {
            if (!result.ok()) {
                m_secretStatus->setText(tr("The client secret was not stored: %1").arg(result.message));
                showPage(Cssm);
                return;
            }
            QDialog::accept();
        });
}

} // namespace slp::ui
