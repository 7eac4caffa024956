#pragma once

#include "CssmPollJob.h"
#include "CssmRequestJob.h"
#include "CssmRequests.h"
#include "CssmSettings.h"

#include <QObject>
#include <QSslConfiguration>

class QNetworkAccessManager;

namespace slp {

class OAuthTokenCache;
class SecretStore;

// The console's HTTPS client for CSSM and SSM On-Prem (DESIGN.md section 5). Every operation returns
// a job that is a child of the client, starts on the next event-loop turn and emits finished() once;
// connect to it right away and deleteLater() it when done. Nothing blocks the calling thread. The
// client lives on one thread (the one that created it) like its QNetworkAccessManager.
// Behaviour contract (retries, idempotency, TLS, ids): core/cssm/README.md.
class CssmClient : public QObject
{
    Q_OBJECT
public:
    CssmClient(CssmSettings settings, SecretStore *secrets, QObject *parent = nullptr);
    ~CssmClient() override;

    const CssmSettings &settings() const { return m_settings; }
    // Applies to jobs created afterwards; forgets the cached token when the account or endpoint changes.
    void setSettings(const CssmSettings &settings);

    CssmPollJob *reportUsage(const QList<CssmDeviceUsage> &devices);
    // With the caller's nonce (cssmrequests::newNonce()), kept by the caller across a restart: sending
    // the same submission again after a crash is then recognised and answered with its first poll.
    CssmPollJob *reportUsage(const QList<CssmDeviceUsage> &devices, const QString &nonce);
    // Polls a submission made earlier (its poll_id kept across a restart) until COMPLETE; `action` is
    // "acknowledgements" or "authorizations".
    CssmPollJob *pollSubmission(const QString &pollId, const QString &action);
    CssmPollJob *authRequest(const QList<CssmAuthorizationRequest> &requests);
    CssmRequestJob *reserveLicenses(const QList<CssmReservationRequest> &requests);
    // Credits a returned SLR back to the virtual account (cssmsim's return-reservation endpoint).
    CssmRequestJob *returnReservation(const QString &udi, const QString &returnCode);
    CssmRequestJob *listIdTokens();
    CssmRequestJob *createIdToken(const QString &description, int expiresAfterDays, bool exportControlled);
    CssmRequestJob *licenseSummary();
    CssmRequestJob *accountSearch();

    // Plumbing for the jobs.
    QNetworkAccessManager *networkManager() const { return m_network; }
    OAuthTokenCache *tokenCache() const { return m_tokens; }
    // System CAs plus the CA bundle; `problem` names an unreadable bundle.
    QSslConfiguration tlsConfiguration(QString *problem) const;
    QUrl apiUrl(const QString &path) const;
    QUrl virtualAccountUrl(const QString &suffix) const;

private:
    CssmRequestJob *request(QByteArray method, const QUrl &url, QByteArray body, const QString &what);

    CssmSettings m_settings;
    QNetworkAccessManager *m_network;
    OAuthTokenCache *m_tokens;
    SecretStore *m_secrets;
};

} // namespace slp
