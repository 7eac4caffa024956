#pragma once

#include "CssmError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace slp {

class CssmClient;

// One CSSM API request as a job (Nextcloud style): it starts on the next event-loop turn, runs
// asynchronously on the thread that owns the client, and emits finished() exactly once -- success,
// error, timeout or cancel. It owns retries: exponential backoff on 5xx/429 and network errors,
// bounded by CssmSettings::maxAttempts; one token renewal on 401. The body is built once and every
// attempt sends the same bytes (with the same nonce), which is what makes a retry of reportusage
// safe: the server recognises the nonce and answers the first submission again (see
// core/cssm/README.md). TLS errors are never retried and never ignored.
class CssmRequestJob : public QObject
{
    Q_OBJECT
public:
    struct Spec
    {
        QByteArray method = "POST";
        QUrl url;
        QByteArray body;
        QByteArray contentType = "application/json";
        bool authenticated = true; // sends the OAuth bearer token
        bool accountHeaders = true; // X-CSW-SMART-ACCOUNT-ID / X-CSW-VIRTUAL-ACCOUNT-ID
        QString what; // for messages: "report usage", "poll"
    };

    CssmRequestJob(CssmClient *client, Spec spec);
    ~CssmRequestJob() override;

    void cancel();

    bool isFinished() const { return m_finished; }
    const CssmError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    const QByteArray &rawBody() const { return m_body; }
    // The answer with integers of 16+ digits turned into strings (LargeIntegerJson).
    const QJsonObject &json() const { return m_json; }
    int attempts() const { return m_attempts; }
    const QByteArray &requestBody() const { return m_spec.body; }

Q_SIGNALS:
    void finished();

private:
    void start();
    void sendAttempt();
    void send(const QString &token);
    void onReplyFinished();
    void retryOrFinish(CssmError error);
    void finish(CssmError error);

    CssmClient *m_client;
    Spec m_spec;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_retryTimer;
    QList<QSslError> m_sslErrors;
    QString m_sentToken;
    bool m_tokenRenewed = false;
    bool m_finished = false;
    int m_attempts = 0;
    int m_httpStatus = 0;
    QByteArray m_body;
    QJsonObject m_json;
    CssmError m_error;
};

} // namespace slp
