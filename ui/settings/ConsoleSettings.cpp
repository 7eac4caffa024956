#include "ConsoleSettings.h"

#include "ssh/SshPool.h"
#include "ssh/SshSessionOptions.h"

namespace slp::ui {

namespace {

// Keys, in one place so that a typo cannot make a value silently vanish.
const QString kSshParallel = QStringLiteral("ssh/parallel");
const QString kSshConnect = QStringLiteral("ssh/connectTimeoutSeconds");
const QString kSshCommand = QStringLiteral("ssh/commandTimeoutSeconds");
const QString kSshIdle = QStringLiteral("ssh/idleTimeoutSeconds");
const QString kCssmBase = QStringLiteral("cssm/baseUrl");
const QString kCssmToken = QStringLiteral("cssm/tokenUrl");
const QString kCssmClient = QStringLiteral("cssm/clientId");
const QString kCssmTenant = QStringLiteral("cssm/tenant");
const QString kSmartAccount = QStringLiteral("cssm/smartAccount");
const QString kVirtualAccount = QStringLiteral("cssm/virtualAccount");
const QString kCaBundle = QStringLiteral("cssm/caBundle");
const QString kProxyHost = QStringLiteral("cssm/proxyHost");
const QString kProxyPort = QStringLiteral("cssm/proxyPort");
const QString kLanguage = QStringLiteral("ui/language");
const QString kRefreshHours = QStringLiteral("schedule/refreshHours");
const QString kCollectHours = QStringLiteral("schedule/collectHours");

constexpr int kMaxTimeoutSeconds = 3600;
constexpr int kMaxScheduleHours = 24 * 31;

} // namespace

ConsoleSettings::ConsoleSettings()
    : m_settings(std::make_unique<QSettings>())
{ }

ConsoleSettings::ConsoleSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{ }

int ConsoleSettings::boundedInt(const QString &key, int defaultValue, int minimum, int maximum) const
{
    // A hand-edited or foreign value must not reach the SSH layer as 0 or a negative timeout.
    bool ok = false;
    const int value = m_settings->value(key, defaultValue).toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return defaultValue;
    return value;
}

int ConsoleSettings::sshParallel() const
{
    return boundedInt(kSshParallel, SshPool::defaultParallel, 1, SshPool::maxAllowedParallel);
}
void ConsoleSettings::setSshParallel(int parallel)
{
    m_settings->setValue(kSshParallel, parallel);
}

int ConsoleSettings::sshConnectTimeoutSeconds() const
{
    return boundedInt(kSshConnect, SshTimeouts {}.connectMs / 1000, 1, kMaxTimeoutSeconds);
}
void ConsoleSettings::setSshConnectTimeoutSeconds(int seconds)
{
    m_settings->setValue(kSshConnect, seconds);
}

int ConsoleSettings::sshCommandTimeoutSeconds() const
{
    return boundedInt(kSshCommand, SshTimeouts {}.commandMs / 1000, 1, kMaxTimeoutSeconds);
}
void ConsoleSettings::setSshCommandTimeoutSeconds(int seconds)
{
    m_settings->setValue(kSshCommand, seconds);
}

int ConsoleSettings::sshIdleTimeoutSeconds() const
{
    return boundedInt(kSshIdle, SshTimeouts {}.idleMs / 1000, 1, kMaxTimeoutSeconds);
}
void ConsoleSettings::setSshIdleTimeoutSeconds(int seconds)
{
    m_settings->setValue(kSshIdle, seconds);
}

QString ConsoleSettings::cssmBaseUrl() const
{
    return m_settings->value(kCssmBase).toString();
}
void ConsoleSettings::setCssmBaseUrl(const QString &url)
{
    m_settings->setValue(kCssmBase, url);
}
QString ConsoleSettings::cssmTokenUrl() const
{
    return m_settings->value(kCssmToken).toString();
}
void ConsoleSettings::setCssmTokenUrl(const QString &url)
{
    m_settings->setValue(kCssmToken, url);
}
QString ConsoleSettings::cssmClientId() const
{
    return m_settings->value(kCssmClient).toString();
}
void ConsoleSettings::setCssmClientId(const QString &clientId)
{
    m_settings->setValue(kCssmClient, clientId);
}
QString ConsoleSettings::cssmTenant() const
{
    return m_settings->value(kCssmTenant).toString();
}
void ConsoleSettings::setCssmTenant(const QString &tenant)
{
    m_settings->setValue(kCssmTenant, tenant);
}
QString ConsoleSettings::smartAccount() const
{
    return m_settings->value(kSmartAccount).toString();
}
void ConsoleSettings::setSmartAccount(const QString &account)
{
    m_settings->setValue(kSmartAccount, account);
}
QString ConsoleSettings::virtualAccount() const
{
    return m_settings->value(kVirtualAccount).toString();
}
void ConsoleSettings::setVirtualAccount(const QString &account)
{
    m_settings->setValue(kVirtualAccount, account);
}
QString ConsoleSettings::caBundlePath() const
{
    return m_settings->value(kCaBundle).toString();
}
void ConsoleSettings::setCaBundlePath(const QString &path)
{
    m_settings->setValue(kCaBundle, path);
}
QString ConsoleSettings::proxyHost() const
{
    return m_settings->value(kProxyHost).toString();
}
void ConsoleSettings::setProxyHost(const QString &host)
{
    m_settings->setValue(kProxyHost, host);
}
int ConsoleSettings::proxyPort() const
{
    return boundedInt(kProxyPort, 0, 0, 65535);
}
void ConsoleSettings::setProxyPort(int port)
{
    m_settings->setValue(kProxyPort, port);
}

QString ConsoleSettings::cssmClientSecretReference()
{
    // The same reference slpctl and the online flows use (CssmSettingsStore).
    return QStringLiteral("cssm/client-secret");
}

QString ConsoleSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}
void ConsoleSettings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

int ConsoleSettings::refreshIntervalHours() const
{
    return boundedInt(kRefreshHours, 0, 0, kMaxScheduleHours);
}
void ConsoleSettings::setRefreshIntervalHours(int hours)
{
    m_settings->setValue(kRefreshHours, hours);
}
int ConsoleSettings::collectIntervalHours() const
{
    return boundedInt(kCollectHours, 0, 0, kMaxScheduleHours);
}
void ConsoleSettings::setCollectIntervalHours(int hours)
{
    m_settings->setValue(kCollectHours, hours);
}

} // namespace slp::ui
