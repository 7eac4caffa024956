#pragma once

#include "CssmError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace slp {

class CssmClient;
class CssmRequestJob;
class SecretStore;

// The OAuth2 client-credentials access token, cached until shortly before it expires and shared by
// all jobs of a client: concurrent requests wait for one token request instead of each asking. The
// client secret is read from the SecretStore for each token request and never kept or logged.
class OAuthTokenCache : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const QString &token, const CssmError &error)>;

    OAuthTokenCache(CssmClient *client, SecretStore *secrets);

    // Calls back (on `context`'s thread, unless it is gone) with a token or the reason there is none.
    void acquire(QObject *context, Callback callback);
    // Forgets `token` after the server refused it (HTTP 401); a newer token is kept.
    void invalidate(const QString &token);

    bool hasToken() const { return !m_token.isEmpty(); }
    int tokensFetched() const { return m_tokensFetched; }

private:
    void fetch();
    void fetchWithSecret(const QByteArray &secret);
    void onFetched(CssmRequestJob *job);
    void deliver(const QString &token, const CssmError &error);

    CssmClient *m_client;
    SecretStore *m_secrets;
    QString m_token;
    qint64 m_renewAtMs = 0;
    bool m_fetching = false;
    int m_tokensFetched = 0;
    QList<QPair<QPointer<QObject>, Callback>> m_waiting;
};

} // namespace slp
