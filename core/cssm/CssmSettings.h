#pragma once

#include <QNetworkProxy>
#include <QString>
#include <QUrl>

namespace slp {

// Where and how the console talks to CSSM or SSM On-Prem. The same client serves both: On-Prem only
// has another base URL, token URL and a tenant.
struct CssmSettings
{
    // API base, e.g. https://swapi.cisco.com/services/api/smart-accounts-and-licensing/
    QUrl baseUrl;
    // OAuth2 token endpoint (client credentials), e.g. https://id.cisco.com/oauth2/default/v1/token
    QUrl tokenUrl;
    // SSM On-Prem tenant: when set, API paths go under <baseUrl>/<tenant>/.
    QString tenant;
    QString smartAccountId; // X-CSW-SMART-ACCOUNT-ID; kept as text (ids may exceed 2^53)
    QString smartAccountDomain; // {domain} of v1/accounts/{domain}/...
    QString virtualAccountId; // X-CSW-VIRTUAL-ACCOUNT-ID
    QString virtualAccountName; // {va} of .../virtual-accounts/{va}/...
    QString clientId;
    QString clientSecretReference; // SecretStore reference of the OAuth client secret
    QString caBundleFile; // optional PEM bundle trusted in addition to the system CAs
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);
    QString requestingSystem = QStringLiteral("SLP Console");

    int requestTimeoutMs = 30000; // one HTTP exchange
    int jobTimeoutMs = 300000; // a whole job, retries and polls included
    int maxAttempts = 4; // for 5xx answers and network errors
    int backoffInitialMs = 500; // doubled per retry
    int backoffMaxMs = 8000;
    // Scales the server's poll_interval (seconds): 1.0 in production, small in tests.
    double pollIntervalScale = 1.0;
    int tokenRenewMarginSeconds = 60; // renew a cached token this long before it expires
};

} // namespace slp
