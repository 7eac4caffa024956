#pragma once

#include "AccountBook.h"
#include "HttpMessage.h"
#include "LabKeys.h"

#include <QHash>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace slp::cssmsim {

// The CSSM API of DESIGN.md section 5 and appendix A, plus the control endpoint for faults. Routes
// on the path's tail from its "v1/", "v2/" or "v3/" segment, so any base URL or SSM On-Prem tenant
// prefix works. Contract: tests/sim/CSSMSIM.md.
class CssmService
{
public:
    struct Options
    {
        QString clientId;
        QByteArray clientSecret;
        int tokenLifetimeSeconds = 3599;
        int pendingPolls = 1; // OK_POLL answers before COMPLETE
        int pollIntervalSeconds = 300;
        bool bigIdsAsNumbers = false; // poll_id as a bare JSON number (CSSM does; xrsim wants text)
        QString stateDir; // empty: nothing persists
    };
    struct Faults
    {
        int failNext = 0; // answer this many API requests with failStatus
        int failStatus = 503;
        int dropBeforeNext = 0; // close the connection without handling the request
        int dropAfterNext = 0; // handle the request, then close without answering
        int pollDelayMs = 0; // every poll answer waits this long
    };

    CssmService(const LabKeys &keys, AccountBook &book, Options options);

    HttpResponse handle(const HttpRequest &request);
    // Loads and saves `<stateDir>/state.json` (pools, reports seen, polls); no-ops without a state dir.
    bool restore(QString *problem);
    void save();

private:
    struct Poll
    {
        QString action; // acknowledgements | authorizations
        int pendingLeft = 0;
        QJsonArray results;
    };

    HttpResponse route(const HttpRequest &request);
    HttpResponse control(const HttpRequest &request);
    HttpResponse issueToken(const HttpRequest &request);
    // Empty when the request carries a live bearer token (or comes from a router), else the reason.
    QString unauthorized(const HttpRequest &request, bool deviceEndpoint) const;
    AccountBook::VirtualAccount *headerAccount(const HttpRequest &request);

    // Reads a device submission's data and nonce; an answer when it is malformed or a replay.
    std::optional<HttpResponse> openSubmission(const HttpRequest &request, const QString &action, QJsonObject *data,
                                               QString *nonce);
    HttpResponse reportUsage(const HttpRequest &request);
    HttpResponse poll(const HttpRequest &request);
    HttpResponse authRequest(const HttpRequest &request);
    HttpResponse reserveLicenses(AccountBook::VirtualAccount *account, const HttpRequest &request);
    HttpResponse returnReservation(AccountBook::VirtualAccount *account, const HttpRequest &request);
    HttpResponse tokens(AccountBook::VirtualAccount *account, const HttpRequest &request);
    HttpResponse licenseSummary(const HttpRequest &request);
    HttpResponse accountSearch();

    // Registers a poll and answers OK_POLL with its id; a repeated nonce answers the first poll again.
    HttpResponse startPoll(const QString &nonce, const QString &action, const QJsonArray &results);
    QByteArray withBigIds(QByteArray json) const;
    QJsonObject counters() const;

    const LabKeys &m_keys;
    AccountBook &m_book;
    Options m_options;
    Faults m_faults;
    QHash<QString, qint64> m_accessTokens; // token -> expiry (ms since epoch)
    QHash<QString, Poll> m_polls;
    QHash<QString, QString> m_pollByNonce;
    QHash<QString, int> m_requestCounts; // endpoint -> requests handled
    int m_reportsAccepted = 0;
};

HttpResponse failed(const QString &message, int status = 200);

} // namespace slp::cssmsim
