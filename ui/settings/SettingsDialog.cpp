#include "SettingsDialog.h"

#include "UiLogging.h"
#include "cssm/CssmClient.h"
#include "cssm/CssmRequestJob.h"
#include "cssm/CssmResults.h"
#include "cssm/CssmSettings.h"
#include "store/CssmSettingsStore.h"
#include "store/Store.h"

#include "ConsoleSettings.h"
#include "CredentialsPage.h"
#include "KnownHostsPage.h"
#include "app/ConsoleContext.h"
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
    m_collectHours->setToolTip(
        tr("Collect the unreported usage of every device into the report library at this interval while the "
           "console runs."));
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
    test->setObjectName(QStringLiteral("testConnection"));
    test->setToolTip(
        tr("Asks for a token and reads the license summary of the virtual account with the values above."));
    form->addRow(QString(), test);
    m_testResult = new QLabel(page);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_testResult);
    connect(test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    return page;
}

CssmSettings SettingsDialog::cssmFromFields() const
{
    CssmSettings settings;
    settings.baseUrl = QUrl(m_baseUrl->text().trimmed());
    settings.tokenUrl = QUrl(m_tokenUrl->text().trimmed());
    settings.tenant = m_tenant->text().trimmed();
    settings.clientId = m_clientId->text().trimmed();
    settings.clientSecretReference = CssmSettingsStore::clientSecretReference();
    // The field takes the smart account's id, domain or name: CSSM accepts each in the URL.
    const QString smartAccount = m_smartAccount->text().trimmed();
    const bool numeric = !smartAccount.isEmpty()
        && std::all_of(smartAccount.cbegin(), smartAccount.cend(), [](QChar c) { return c.isDigit(); });
    (numeric ? settings.smartAccountId : settings.smartAccountDomain) = smartAccount;
    settings.virtualAccountName = m_virtualAccount->text().trimmed();
    settings.caBundleFile = m_caBundle->text().trimmed();
    if (!m_proxyHost->text().trimmed().isEmpty() && m_proxyPort->value() > 0)
        settings.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, m_proxyHost->text().trimmed(),
                                       static_cast<quint16>(m_proxyPort->value()));
    return settings;
}

void SettingsDialog::showCssm(const CssmSettings &settings)
{
    m_baseUrl->setText(settings.baseUrl.toString());
    m_tokenUrl->setText(settings.tokenUrl.toString());
    m_tenant->setText(settings.tenant);
    m_clientId->setText(settings.clientId);
    m_smartAccount->setText(settings.smartAccountDomain.isEmpty() ? settings.smartAccountId
                                                                  : settings.smartAccountDomain);
    m_virtualAccount->setText(settings.virtualAccountName.isEmpty() ? settings.virtualAccountId
                                                                    : settings.virtualAccountName);
    m_caBundle->setText(settings.caBundleFile);
    if (settings.proxy.type() == QNetworkProxy::HttpProxy) {
        m_proxyHost->setText(settings.proxy.hostName());
        m_proxyPort->setValue(settings.proxy.port());
    }
}

void SettingsDialog::storeSecretThen(std::function<void()> next)
{
    const QString secret = m_clientSecret->text();
    m_clientSecret->clear();
    if (secret.isEmpty()) {
        next();
        return;
    }
    m_secretStatus->setText(tr("Storing the client secret..."));
    m_context.secrets()
        .write(CssmSettingsStore::clientSecretReference(), Secret::fromString(secret))
        .then(this, [this, next](const SecretResult &result) {
            if (!result.ok()) {
                m_secretStatus->setText(tr("The client secret was not stored: %1").arg(result.message));
                showPage(Cssm);
                return;
            }
            m_secretStatus->setText(tr("Kept in: %1").arg(m_context.secrets().backendName()));
            next();
        });
}

void SettingsDialog::testConnection()
{
    const CssmSettings settings = cssmFromFields();
    if (!CssmSettingsStore::isConfigured(settings)) {
        m_testResult->setText(tr("Enter the licensing API URL, the token URL and the OAuth client ID first."));
        return;
    }
    m_testResult->setText(tr("Connecting to %1...").arg(settings.baseUrl.host()));
    storeSecretThen([this, settings] {
        // A client of its own: the test never changes the console's client or its cached token.
        auto *client = new CssmClient(settings, &m_context.secrets(), this);
        CssmRequestJob *summary = client->licenseSummary();
        connect(summary, &CssmRequestJob::finished, this, [this, client, summary, settings] {
            if (!summary->error().ok()) {
                m_testResult->setText(tr("Failed: %1").arg(summary->error().message));
            } else if (summary->json().value(QStringLiteral("status")).toString() == QLatin1String("FAILED")) {
                m_testResult->setText(tr("Connected, but CSSM refused: %1")
                                          .arg(summary->json().value(QStringLiteral("message")).toString()));
            } else {
                const int licenses = static_cast<int>(cssmresults::licenseSummary(summary->json()).size());
                m_testResult->setText(
                    tr("Connected to %1: token received, %n license(s) in the virtual account.", nullptr, licenses)
                        .arg(settings.baseUrl.host()));
            }
            client->deleteLater();
        });
    });
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
    // The CSSM section as the online flows use it (the settings table, shared with slpctl) wins.
    if (m_context.isReady()) {
        CssmSettingsStore(m_context.store())
            .load()
            .then(this, [this](const StoreResult<std::optional<CssmSettings>> &stored) {
                if (stored.ok() && stored.value)
                    showCssm(*stored.value);
            });
    }
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

    // The online flows read the CSSM settings from the store (CssmSettingsStore); the console's client
    // takes them over once they are saved.
    if (m_context.isReady()) {
        ConsoleContext *context = &m_context;
        CssmSettingsStore(m_context.store()).save(cssmFromFields()).then(context, [context](const StoreError &error) {
            if (!error.ok())
                qCWarning(lcUi, "Saving the CSSM settings failed: %s", qPrintable(error.message));
            context->reloadCssmSettings();
        });
    }
    // The secret goes to the keychain; the dialog closes only once it is stored.
    storeSecretThen([this] { QDialog::accept(); });
}

} // namespace slp::ui
