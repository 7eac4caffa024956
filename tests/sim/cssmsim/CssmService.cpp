#include "CssmService.h"

#include "SimCrypto.h"
#include "SimLog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrlQuery>

namespace slp::cssmsim {

namespace {

QString apiTail(const QString &path)
{
    static const QRegularExpression version(QStringLiteral("/(v[123]/.*)$"));
    const QRegularExpressionMatch match = version.match(path);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString newPollId()
{
    // CSSM's poll ids exceed 2^53: a double cannot hold them, which is the point of the test.
    const quint64 value = (quint64(1) << 60) + QRandomGenerator::system()->bounded(quint64(1) << 62);
    return QString::number(value);
}

} // namespace

HttpResponse failed(const QString &message, int status)
{
    return HttpResponse::json(status,
                              {{QStringLiteral("status"), QStringLiteral("FAILED")},
                               {QStringLiteral("message"), message},
                               {QStringLiteral("timestamp"), QDateTime::currentMSecsSinceEpoch()}});
}

CssmService::CssmService(const LabKeys &keys, AccountBook &book, Options options)
    : m_keys(keys)
    , m_book(book)
    , m_options(std::move(options))
{ }

HttpResponse CssmService::handle(const HttpRequest &request)
{
    if (request.path.startsWith(QLatin1String("/_control/")))
        return control(request);
    if (m_faults.dropBeforeNext > 0) {
        --m_faults.dropBeforeNext;
        HttpResponse dropped;
        dropped.dropConnection = true;
        return dropped;
    }
    if (m_faults.failNext > 0) {
        --m_faults.failNext;
        return failed(QStringLiteral("Service temporarily unavailable (injected fault)"), m_faults.failStatus);
    }
    HttpResponse response = route(request);
    if (m_faults.dropAfterNext > 0) {
        --m_faults.dropAfterNext;
        response.dropConnection = true;
    }
    return response;
}

HttpResponse CssmService::route(const HttpRequest &request)
{
    if (request.path.endsWith(QLatin1String("/as/token.oauth2"))) {
        ++m_requestCounts[QStringLiteral("token")];
        return request.method == "POST" ? issueToken(request) : failed(QStringLiteral("Use POST"), 405);
    }
    const QString tail = apiTail(request.path);
    ++m_requestCounts[tail.isEmpty() ? QStringLiteral("other") : tail];
    const bool isPost = request.method == "POST";
    const bool deviceEndpoint
        = tail.startsWith(QLatin1String("v2/devices/")) || tail == QLatin1String("v2/accounts/poll");
    if (tail.isEmpty())
        return failed(QStringLiteral("No such endpoint: %1").arg(request.path), 404);
    if (const QString reason = unauthorized(request, deviceEndpoint); !reason.isEmpty()) {
        return HttpResponse::json(401,
                                  {{QStringLiteral("error"), QStringLiteral("invalid_token")},
                                   {QStringLiteral("error_description"), reason}});
    }
    if (tail == QLatin1String("v2/devices/reportusage") && isPost)
        return reportUsage(request);
    if (tail == QLatin1String("v2/accounts/poll") && isPost)
        return poll(request);
    if (tail == QLatin1String("v2/devices/authrequest") && isPost)
        return authRequest(request);
    if (tail == QLatin1String("v3/licenses/summary") && isPost)
        return licenseSummary(request);
    if (tail == QLatin1String("v2/accounts/search") && request.method == "GET")
        return accountSearch();
    static const QRegularExpression accountPath(
        QStringLiteral("^v1/accounts/([^/]+)/virtual-accounts/([^/]+)/(reserve-licenses|return-reservation|tokens)$"));
    const QRegularExpressionMatch match = accountPath.match(tail);
    if (!match.hasMatch())
        return failed(QStringLiteral("No such endpoint: %1 %2").arg(QString::fromLatin1(request.method), tail), 404);
    AccountBook::VirtualAccount *account = m_book.virtualAccount(match.captured(1), match.captured(2));
    if (!account) {
        return failed(QStringLiteral("No virtual account \"%1\" in smart account \"%2\"")
                          .arg(match.captured(2), match.captured(1)),
                      404);
    }
    if (match.captured(3) == QLatin1String("tokens"))
        return tokens(account, request);
    if (!isPost)
        return failed(QStringLiteral("Use POST"), 405);
    return match.captured(3) == QLatin1String("reserve-licenses") ? reserveLicenses(account, request)
                                                                  : returnReservation(account, request);
}

HttpResponse CssmService::issueToken(const HttpRequest &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"));
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const QByteArray secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded).toUtf8();
    if (grant != QLatin1String("client_credentials")) {
        return HttpResponse::json(
            400,
            {{QStringLiteral("error"), QStringLiteral("unsupported_grant_type")},
             {QStringLiteral("error_description"), QStringLiteral("grant_type must be client_credentials")}});
    }
    if (clientId != m_options.clientId || !equalDigests(sha256(secret), sha256(m_options.clientSecret))) {
        return HttpResponse::json(
            401,
            {{QStringLiteral("error"), QStringLiteral("invalid_client")},
             {QStringLiteral("error_description"), QStringLiteral("Client authentication failed")}});
    }
    const QString token = QString::fromLatin1(randomBytes(24).toBase64(QByteArray::Base64UrlEncoding));
    m_accessTokens.insert(token, QDateTime::currentMSecsSinceEpoch() + qint64(m_options.tokenLifetimeSeconds) * 1000);
    return HttpResponse::json(200,
                              {{QStringLiteral("access_token"), token},
                               {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                               {QStringLiteral("expires_in"), m_options.tokenLifetimeSeconds}});
}

QString CssmService::unauthorized(const HttpRequest &request, bool deviceEndpoint) const
{
    const QByteArray authorization = request.header("authorization");
    // Routers (xrsim's license smart sync) authenticate by their signed reports, not by OAuth.
    if (authorization.isEmpty() && deviceEndpoint && request.header("x-csw-requesting-system").startsWith("xrsim/"))
        return {};
    if (!authorization.startsWith("Bearer "))
        return QStringLiteral("A bearer token is required");
    const qint64 expiry = m_accessTokens.value(QString::fromLatin1(authorization.mid(7).trimmed()), 0);
    if (expiry == 0)
        return QStringLiteral("Unknown access token");
    if (expiry <= QDateTime::currentMSecsSinceEpoch())
        return QStringLiteral("The access token has expired");
    return {};
}

AccountBook::VirtualAccount *CssmService::headerAccount(const HttpRequest &request)
{
    return m_book.virtualAccount(QString::fromUtf8(request.header("x-csw-smart-account-id")),
                                 QString::fromUtf8(request.header("x-csw-virtual-account-id")));
}

HttpResponse CssmService::startPoll(const QString &nonce, const QString &action, const QJsonArray &results)
{
    QString pollId = m_pollByNonce.value(nonce);
    if (pollId.isEmpty()) {
        pollId = newPollId();
        m_polls.insert(pollId, {action, m_options.pendingPolls, results});
        if (!nonce.isEmpty())
            m_pollByNonce.insert(nonce, pollId);
        save();
    }
    HttpResponse response = HttpResponse::json(200,
                                               {{QStringLiteral("status"), QStringLiteral("OK_POLL")},
                                                {QStringLiteral("message_code"), QStringLiteral("OK_POLL")},
                                                {QStringLiteral("message"), QStringLiteral("Request accepted")},
                                                {QStringLiteral("timestamp"), QDateTime::currentMSecsSinceEpoch()},
                                                {QStringLiteral("nonce"), nonce},
                                                {QStringLiteral("poll_id"), pollId},
                                                {QStringLiteral("poll_interval"), m_options.pollIntervalSeconds},
                                                {QStringLiteral("action"), action}});
    response.body = withBigIds(response.body);
    return response;
}

QByteArray CssmService::withBigIds(QByteArray json) const
{
    if (!m_options.bigIdsAsNumbers)
        return json;
    static const QRegularExpression quoted(QStringLiteral("\"(poll_id|account_id|virtual_account_id)\":\"([0-9]+)\""));
    return QString::fromUtf8(json).replace(quoted, QStringLiteral("\"\\1\":\\2")).toUtf8();
}

HttpResponse CssmService::control(const HttpRequest &request)
{
    if (request.path == QLatin1String("/_control/state"))
        return HttpResponse::json(200, counters());
    if (request.path != QLatin1String("/_control/faults") || request.method != "POST")
        return failed(QStringLiteral("Control: use POST /_control/faults or GET /_control/state"), 404);
    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &error).object();
    if (error.error != QJsonParseError::NoError)
        return failed(QStringLiteral("Control: the body is not JSON: %1").arg(error.errorString()), 400);
    static const QStringList known {QStringLiteral("failNext"),
                                    QStringLiteral("failStatus"),
                                    QStringLiteral("dropBeforeNext"),
                                    QStringLiteral("dropAfterNext"),
                                    QStringLiteral("pollDelayMs"),
                                    QStringLiteral("pendingPolls"),
                                    QStringLiteral("tokenLifetimeSeconds"),
                                    QStringLiteral("expireTokens"),
                                    QStringLiteral("bigIdsAsNumbers"),
                                    QStringLiteral("pollIntervalSeconds")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            return failed(QStringLiteral("Control: unknown field \"%1\"").arg(it.key()), 400);
    }
    m_faults.failNext = body.value(QStringLiteral("failNext")).toInt(m_faults.failNext);
    m_faults.failStatus = body.value(QStringLiteral("failStatus")).toInt(m_faults.failStatus);
    m_faults.dropBeforeNext = body.value(QStringLiteral("dropBeforeNext")).toInt(m_faults.dropBeforeNext);
    m_faults.dropAfterNext = body.value(QStringLiteral("dropAfterNext")).toInt(m_faults.dropAfterNext);
    m_faults.pollDelayMs = body.value(QStringLiteral("pollDelayMs")).toInt(m_faults.pollDelayMs);
    m_options.pendingPolls = body.value(QStringLiteral("pendingPolls")).toInt(m_options.pendingPolls);
    m_options.pollIntervalSeconds
        = body.value(QStringLiteral("pollIntervalSeconds")).toInt(m_options.pollIntervalSeconds);
    m_options.tokenLifetimeSeconds
        = body.value(QStringLiteral("tokenLifetimeSeconds")).toInt(m_options.tokenLifetimeSeconds);
    m_options.bigIdsAsNumbers = body.value(QStringLiteral("bigIdsAsNumbers")).toBool(m_options.bigIdsAsNumbers);
    if (body.value(QStringLiteral("expireTokens")).toBool()) {
        for (qint64 &expiry : m_accessTokens)
            expiry = 1; // known but expired: the client must renew
    }
    return HttpResponse::json(200, {{QStringLiteral("ok"), true}});
}

QJsonObject CssmService::counters() const
{
    QJsonObject requests;
    for (auto it = m_requestCounts.cbegin(); it != m_requestCounts.cend(); ++it)
        requests.insert(it.key(), it.value());
    return {{QStringLiteral("requests"), requests},
            {QStringLiteral("reportsAccepted"), m_reportsAccepted},
            {QStringLiteral("polls"), static_cast<int>(m_polls.size())},
            {QStringLiteral("faultsPending"),
             QJsonObject {{QStringLiteral("failNext"), m_faults.failNext},
                          {QStringLiteral("dropBeforeNext"), m_faults.dropBeforeNext},
                          {QStringLiteral("dropAfterNext"), m_faults.dropAfterNext}}},
            {QStringLiteral("state"), m_book.stateJson()}};
}

void CssmService::save()
{
    if (m_options.stateDir.isEmpty())
        return;
    QJsonObject polls;
    for (auto it = m_polls.cbegin(); it != m_polls.cend(); ++it) {
        polls.insert(it.key(),
                     QJsonObject {{QStringLiteral("action"), it->action},
                                  {QStringLiteral("pendingLeft"), it->pendingLeft},
                                  {QStringLiteral("results"), it->results}});
    }
    QJsonObject nonces;
    for (auto it = m_pollByNonce.cbegin(); it != m_pollByNonce.cend(); ++it)
        nonces.insert(it.key(), it.value());
    QJsonObject state = m_book.stateJson();
    state.insert(QStringLiteral("format"), QStringLiteral("cssmsim-state/1"));
    state.insert(QStringLiteral("polls"), polls);
    state.insert(QStringLiteral("pollByNonce"), nonces);
    QSaveFile file(QDir(m_options.stateDir).filePath(QStringLiteral("state.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(state).toJson()) < 0 || !file.commit())
        qCWarning(lcCssmsim, "cannot save %s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
}

bool CssmService::restore(QString *problem)
{
    if (m_options.stateDir.isEmpty())
        return true;
    QFile file(QDir(m_options.stateDir).filePath(QStringLiteral("state.json")));
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    if (state.value(QStringLiteral("format")).toString() != QLatin1String("cssmsim-state/1")) {
        *problem = QStringLiteral("%1: not a cssmsim-state/1 file").arg(file.fileName());
        return false;
    }
    m_book.restoreState(state);
    const QJsonObject polls = state.value(QStringLiteral("polls")).toObject();
    for (auto it = polls.begin(); it != polls.end(); ++it) {
        const QJsonObject poll = it.value().toObject();
        m_polls.insert(it.key(),
                       {poll.value(QStringLiteral("action")).toString(),
                        poll.value(QStringLiteral("pendingLeft")).toInt(),
                        poll.value(QStringLiteral("results")).toArray()});
    }
    const QJsonObject nonces = state.value(QStringLiteral("pollByNonce")).toObject();
    for (auto it = nonces.begin(); it != nonces.end(); ++it)
        m_pollByNonce.insert(it.key(), it.value().toString());
    return true;
}

} // namespace slp::cssmsim
