// core/cssm against a real cssmsim over HTTPS on loopback.
#include "CssmSimProcess.h"
#include "SignedReports.h"

#include "cssm/CssmClient.h"
#include "cssm/CssmResults.h"
#include "cssm/OAuthTokenCache.h"
#include "secrets/InMemorySecretStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace slp;
using namespace slp::test;

namespace {

const QByteArray kLabKeyHex = "00112233445566778899aabbccddeeff0123456789abcdef";
const QString kTag = QStringLiteral("regid.2017-05.com.cisco.ASR9K_ADV,1.0_aaaa");
const QString kPid = QStringLiteral("ASR-9006-AC");
const QString kSecretReference = QStringLiteral("cssm/client-secret");
constexpr quint64 kTwoPower53 = 9007199254740992ULL;

template<typename Job> bool waitFinished(Job *job)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &Job::finished);
    return spy.wait(60000) || job->isFinished();
}

QString writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

} // namespace

class CssmClientTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tokenIsFetchedOnceAndCached();
    void expiredTokenIsRenewedOnceOn401();
    void wrongClientSecretIsAnAuthenticationError();
    void missingSecretIsAConfigurationError();
    void accountSearchKeepsIdsBeyond2To53Exact();
    void reportUsagePollsUntilAcknowledged();
    void tamperedPayloadIsRejectedNamingTheReport();
    void duplicateReportIsRejected();
    void sameNonceAndStoredPollIdNeverSendTwice();
    void serverErrorsThenSuccessSendReportsOnce();
    void droppedAnswerIsRetriedWithoutDuplicate();
    void droppedConnectionIsRetried();
    void persistentServerErrorGivesUpAfterMaxAttempts();
    void slowPollHitsTheJobTimeout();
    void licenseSummaryReflectsUsage();
    void reserveDrawsFromThePoolAndShortPoolIsRefused();
    void returnCreditsTheReservationBack();
    void idTokensAreCreatedAndListed();
    void wrongHostCertificateIsNamed();
    void untrustedCertificateIsNamed();
    void expiredCertificateIsNamed();
    void serverCaIsNotTrustedWithoutTheBundle();
    void cleanupTestCase();

private:
    CssmClient *newClient(const CssmSimProcess &server);
    QList<CssmDeviceUsage> usage(const QString &serial, qint64 firstId, int reports, qint64 count = 2) const;
    QString certificateError(const QString &kind);

    CssmSimProcess m_server;
    InMemorySecretStore m_secrets;
    SignedReports m_signer {QByteArray::fromHex(kLabKeyHex)};
    QList<CssmClient *> m_clients;
};

void CssmClientTest::initTestCase()
{
    const QString fleet = writeFile(m_server.path(QStringLiteral("fleet.json")),
                                    R"({"schema":"xrsim-fleet/1","lab":{"name":"t","cssmSigningKey":")" + kLabKeyHex
                                        + R"("},"routers":[]})");
    const QByteArray accounts
        = R"({"schema":"cssmsim-accounts/1","accounts":[{"id":"9007199254740993","domain":"lab.example.com",
        "name":"Lab","virtualAccounts":[{"id":"9007199254740995","name":"Core","default":true,"licenses":[
        {"tag":")"
        + kTag.toUtf8() + R"(","displayName":"ASR 9000 Advanced","quantity":5}]}]}]})";
    const QString accountsFile = writeFile(m_server.path(QStringLiteral("accounts.json")), accounts);
    QVERIFY(!fleet.isEmpty() && !accountsFile.isEmpty());
    const QString problem = m_server.start({QStringLiteral("--fleet"), fleet, QStringLiteral("--accounts"),
                                            accountsFile, QStringLiteral("--big-ids-as-numbers"),
                                            QStringLiteral("--pending-polls"), QStringLiteral("2")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(SecretStore::waitFor(m_secrets.write(kSecretReference, Secret(m_server.clientSecret()))).ok());
}

void CssmClientTest::cleanupTestCase()
{
    qDeleteAll(m_clients);
    m_server.stop();
}

CssmClient *CssmClientTest::newClient(const CssmSimProcess &server)
{
    CssmSettings settings = server.settings(kSecretReference);
    settings.smartAccountId = QStringLiteral("9007199254740993");
    settings.smartAccountDomain = QStringLiteral("lab.example.com");
    settings.virtualAccountId = QStringLiteral("9007199254740995");
    settings.virtualAccountName = QStringLiteral("Core");
    auto *client = new CssmClient(settings, &m_secrets);
    m_clients.append(client);
    return client;
}

QList<CssmDeviceUsage> CssmClientTest::usage(const QString &serial, qint64 firstId, int reports, qint64 count) const
{
    CssmDeviceUsage device {
        kPid, serial, QStringLiteral("pe-") + serial, QStringLiteral("regid.2017-05.com.cisco.iosxr,v24.2.1"), {}, {}};
    for (int i = 0; i < reports; ++i)
        device.reports.append(m_signer.report(kPid, serial, firstId + i, kTag, count));
    return {device};
}

void CssmClientTest::tokenIsFetchedOnceAndCached()
{
    CssmClient *client = newClient(m_server);
    CssmRequestJob *first = client->accountSearch();
    CssmRequestJob *second = client->accountSearch(); // concurrent: waits for the same token request
    QVERIFY(waitFinished(first) && waitFinished(second));
    QVERIFY2(first->error().ok(), qPrintable(first->error().message));
    QVERIFY2(second->error().ok(), qPrintable(second->error().message));
    CssmRequestJob *third = client->accountSearch();
    QVERIFY(waitFinished(third));
    QVERIFY(third->error().ok());
    QCOMPARE(client->tokenCache()->tokensFetched(), 1);
}

void CssmClientTest::expiredTokenIsRenewedOnceOn401()
{
    CssmClient *client = newClient(m_server);
    CssmRequestJob *before = client->accountSearch();
    QVERIFY(waitFinished(before) && before->error().ok());
    QCOMPARE(m_server.control({{QStringLiteral("expireTokens"), true}}).value(QStringLiteral("ok")).toBool(), true);
    CssmRequestJob *after = client->accountSearch();
    QVERIFY(waitFinished(after));
    QVERIFY2(after->error().ok(), qPrintable(after->error().message));
    QCOMPARE(client->tokenCache()->tokensFetched(), 2);
    QCOMPARE(after->attempts(), 2); // the 401, then the same request with the new token
}

void CssmClientTest::wrongClientSecretIsAnAuthenticationError()
{
    InMemorySecretStore wrong;
    QVERIFY(SecretStore::waitFor(wrong.write(kSecretReference, Secret(QByteArrayLiteral("not-the-secret")))).ok());
    CssmClient client(m_server.settings(kSecretReference), &wrong);
    CssmRequestJob *job = client.accountSearch();
    QVERIFY(waitFinished(job));
    QCOMPARE(job->error().kind, CssmError::Kind::Authentication);
    QVERIFY2(job->error().message.contains(QLatin1String("Client authentication failed")),
             qPrintable(job->error().message));
    QVERIFY(!job->error().message.contains(QLatin1String("not-the-secret")));
}

void CssmClientTest::missingSecretIsAConfigurationError()
{
    InMemorySecretStore empty;
    CssmClient client(m_server.settings(kSecretReference), &empty);
    CssmRequestJob *job = client.accountSearch();
    QVERIFY(waitFinished(job));
    QCOMPARE(job->error().kind, CssmError::Kind::Configuration);
    QCOMPARE(job->error().message,
             QStringLiteral("The CSSM client secret (cssm/client-secret) is not available: nothing stored"));
}

void CssmClientTest::accountSearchKeepsIdsBeyond2To53Exact()
{
    CssmRequestJob *job = newClient(m_server)->accountSearch();
    QVERIFY(waitFinished(job) && job->error().ok());
    // The server sends the ids as bare JSON numbers, as CSSM does.
    QVERIFY2(job->rawBody().contains("\"account_id\":9007199254740993"), job->rawBody().constData());
    const QList<CssmSmartAccountInfo> accounts = cssmresults::accounts(job->json());
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().id, QStringLiteral("9007199254740993"));
    QCOMPARE(accounts.first().domain, QStringLiteral("lab.example.com"));
    QCOMPARE(accounts.first().virtualAccounts.size(), 1);
    QCOMPARE(accounts.first().virtualAccounts.first().id, QStringLiteral("9007199254740995"));
    QCOMPARE(accounts.first().virtualAccounts.first().name, QStringLiteral("Core"));
    QCOMPARE(accounts.first().virtualAccounts.first().isDefault, true);
}

void CssmClientTest::reportUsagePollsUntilAcknowledged()
{
    CssmClient *client = newClient(m_server);
    QList<CssmDeviceUsage> devices = usage(QStringLiteral("FOX0000A001"), 1000000001, 2);
    devices += usage(QStringLiteral("FOX0000A002"), 1000000101, 1);
    CssmPollJob *job = client->reportUsage(devices);
    QVERIFY(waitFinished(job));
    QVERIFY2(job->error().ok(), qPrintable(job->error().message));
    QCOMPARE(job->polls(), 3); // --pending-polls 2: two OK_POLL answers, then COMPLETE
    bool ok = false;
    QVERIFY(job->pollId().toULongLong(&ok) > kTwoPower53);
    QVERIFY(ok);
    const QList<CssmAcknowledgement> acks = cssmresults::acknowledgements(job->results());
    QCOMPARE(acks.size(), 2);
    QCOMPARE(acks.at(0).udi, QStringLiteral("PID:ASR-9006-AC,SN:FOX0000A001"));
    QCOMPARE(acks.at(1).udi, QStringLiteral("PID:ASR-9006-AC,SN:FOX0000A002"));
    QCOMPARE(acks.at(0).softwareTagIdentifier, QStringLiteral("regid.2017-05.com.cisco.iosxr,v24.2.1"));
    const QJsonObject first = QJsonDocument::fromJson(m_signer.verifiedAckPayload(acks.at(0).ackFile)).object();
    QCOMPARE(first.value(QStringLiteral("format")).toString(), QStringLiteral("xrsim-ack/1"));
    QCOMPARE(first.value(QStringLiteral("udi")).toString(), QStringLiteral("PID:ASR-9006-AC,SN:FOX0000A001"));
    QCOMPARE(first.value(QStringLiteral("acknowledgedReportIds")).toArray(), (QJsonArray {1000000001, 1000000002}));
    const QJsonObject second = QJsonDocument::fromJson(m_signer.verifiedAckPayload(acks.at(1).ackFile)).object();
    QCOMPARE(second.value(QStringLiteral("acknowledgedReportIds")).toArray(), (QJsonArray {1000000101}));
}

void CssmClientTest::tamperedPayloadIsRejectedNamingTheReport()
{
    QList<CssmDeviceUsage> devices = usage(QStringLiteral("FOX0000B001"), 1000000201, 2);
    // Change the count inside the second report's payload: its signature no longer matches.
    devices[0].reports[1].replace(R"(\"value\":\"2\")", R"(\"value\":\"1\")");
    QVERIFY(devices[0].reports[1].contains(R"(\"value\":\"1\")"));
    CssmPollJob *job = newClient(m_server)->reportUsage(devices);
    QVERIFY(waitFinished(job));
    QCOMPARE(job->error().kind, CssmError::Kind::Rejected);
    QCOMPARE(job->error().message,
             QStringLiteral("report usage refused by 127.0.0.1: Report 1000000202 from PID:ASR-9006-AC,SN:FOX0000B001: "
                            "signature verification failed (payload altered or signed with another key)"));
}

void CssmClientTest::duplicateReportIsRejected()
{
    CssmClient *client = newClient(m_server);
    CssmPollJob *first = client->reportUsage(usage(QStringLiteral("FOX0000C001"), 1000000301, 1));
    QVERIFY(waitFinished(first) && first->error().ok());
    CssmPollJob *again = client->reportUsage(usage(QStringLiteral("FOX0000C001"), 1000000301, 1));
    QVERIFY(waitFinished(again));
    QCOMPARE(again->error().kind, CssmError::Kind::Rejected);
    QVERIFY2(again->error().message.endsWith(QLatin1String(
                 "Report 1000000301 from PID:ASR-9006-AC,SN:FOX0000C001: duplicate report, it was received before")),
             qPrintable(again->error().message));
}

// What a restarted process does (SendToCssmJob resume): the submission sent again with the nonce it
// kept is answered with the first poll, and the kept poll id can be polled alone.
void CssmClientTest::sameNonceAndStoredPollIdNeverSendTwice()
{
    const QList<CssmDeviceUsage> devices = usage(QStringLiteral("FOX0000C101"), 1000000351, 2);
    const QString nonce = cssmrequests::newNonce();
    CssmPollJob *first = newClient(m_server)->reportUsage(devices, nonce);
    QSignalSpy submitted(first, &CssmPollJob::submitted);
    QVERIFY(waitFinished(first));
    QVERIFY2(first->error().ok(), qPrintable(first->error().message));
    QCOMPARE(submitted.size(), 1);
    QCOMPARE(first->nonce(), nonce);
    const int acceptedBefore = m_server.control().value(QStringLiteral("reportsAccepted")).toInt();

    CssmClient *restarted = newClient(m_server);
    CssmPollJob *again = restarted->reportUsage(devices, nonce);
    QVERIFY(waitFinished(again));
    QVERIFY2(again->error().ok(), qPrintable(again->error().message)); // not "duplicate report"
    QCOMPARE(again->pollId(), first->pollId());
    QCOMPARE(cssmresults::acknowledgements(again->results()).size(), 1);

    CssmPollJob *polled = restarted->pollSubmission(first->pollId(), QStringLiteral("acknowledgements"));
    QSignalSpy pollSubmitted(polled, &CssmPollJob::submitted);
    QVERIFY(waitFinished(polled));
    QVERIFY2(polled->error().ok(), qPrintable(polled->error().message));
    QCOMPARE(pollSubmitted.size(), 0); // nothing was submitted
    const QList<CssmAcknowledgement> acks = cssmresults::acknowledgements(polled->results());
    QCOMPARE(acks.size(), 1);
    QCOMPARE(acks.at(0).udi, QStringLiteral("PID:ASR-9006-AC,SN:FOX0000C101"));
    QCOMPARE(m_server.control().value(QStringLiteral("reportsAccepted")).toInt(), acceptedBefore);

    CssmPollJob *unknown = restarted->pollSubmission(QStringLiteral("1234"), QStringLiteral("acknowledgements"));
    QVERIFY(waitFinished(unknown));
    QVERIFY(!unknown->error().ok());
    QVERIFY2(unknown->error().message.contains(QStringLiteral("1234")), qPrintable(unknown->error().message));
}

void CssmClientTest::serverErrorsThenSuccessSendReportsOnce()
{
    CssmClient *client = newClient(m_server);
    CssmRequestJob *warmUp = client->accountSearch(); // the token first, so the faults hit reportusage
    QVERIFY(waitFinished(warmUp) && warmUp->error().ok());
    const int acceptedBefore = m_server.control().value(QStringLiteral("reportsAccepted")).toInt();
    m_server.control({{QStringLiteral("failNext"), 2}, {QStringLiteral("failStatus"), 503}});
    CssmPollJob *job = client->reportUsage(usage(QStringLiteral("FOX0000D001"), 1000000401, 3));
    QVERIFY(waitFinished(job));
    QVERIFY2(job->error().ok(), qPrintable(job->error().message));
    QCOMPARE(job->submitAttempts(), 3);
    QCOMPARE(m_server.control().value(QStringLiteral("reportsAccepted")).toInt(), acceptedBefore + 3);
    const QList<CssmAcknowledgement> acks = cssmresults::acknowledgements(job->results());
    QCOMPARE(acks.size(), 1);
    const QJsonObject ack = QJsonDocument::fromJson(m_signer.verifiedAckPayload(acks.first().ackFile)).object();
    QCOMPARE(ack.value(QStringLiteral("acknowledgedReportIds")).toArray(),
             (QJsonArray {1000000401, 1000000402, 1000000403}));
}

void CssmClientTest::droppedAnswerIsRetriedWithoutDuplicate()
{
    CssmClient *client = newClient(m_server);
    CssmRequestJob *warmUp = client->accountSearch();
    QVERIFY(waitFinished(warmUp) && warmUp->error().ok());
    const int acceptedBefore = m_server.control().value(QStringLiteral("reportsAccepted")).toInt();
    // The server takes the reports, then the connection drops before the answer: the client cannot
    // know, sends the same body (same nonce) again and gets the first submission's poll.
    m_server.control({{QStringLiteral("dropAfterNext"), 1}});
    CssmPollJob *job = client->reportUsage(usage(QStringLiteral("FOX0000E001"), 1000000501, 2));
    QVERIFY(waitFinished(job));
    QVERIFY2(job->error().ok(), qPrintable(job->error().message));
    const QJsonObject state = m_server.control();
    QCOMPARE(state.value(QStringLiteral("faultsPending")).toObject().value(QStringLiteral("dropAfterNext")).toInt(), 0);
    QCOMPARE(state.value(QStringLiteral("reportsAccepted")).toInt(), acceptedBefore + 2);
    const QList<CssmAcknowledgement> acks = cssmresults::acknowledgements(job->results());
    QCOMPARE(acks.size(), 1);
    const QJsonObject ack = QJsonDocument::fromJson(m_signer.verifiedAckPayload(acks.first().ackFile)).object();
    QCOMPARE(ack.value(QStringLiteral("acknowledgedReportIds")).toArray(), (QJsonArray {1000000501, 1000000502}));
}

void CssmClientTest::droppedConnectionIsRetried()
{
    CssmClient *client = newClient(m_server);
    CssmRequestJob *warmUp = client->accountSearch();
    QVERIFY(waitFinished(warmUp) && warmUp->error().ok());
    m_server.control({{QStringLiteral("dropBeforeNext"), 2}});
    CssmRequestJob *job = client->licenseSummary();
    QVERIFY(waitFinished(job));
    QVERIFY2(job->error().ok(), qPrintable(job->error().message));
    // Qt may resend once by itself on a dropped keep-alive connection; either way both drops happened.
    QCOMPARE(m_server.control()
                 .value(QStringLiteral("faultsPending"))
                 .toObject()
                 .value(QStringLiteral("dropBeforeNext"))
                 .toInt(),
             0);
    QCOMPARE(cssmresults::licenseSummary(job->json()).size(), 1);
}

void CssmClientTest::persistentServerErrorGivesUpAfterMaxAttempts()
{
    CssmClient *client = newClient(m_server);
    CssmRequestJob *warmUp = client->accountSearch();
    QVERIFY(waitFinished(warmUp) && warmUp->error().ok());
    m_server.control({{QStringLiteral("failNext"), 4}, {QStringLiteral("failStatus"), 500}});
    CssmRequestJob *job = client->accountSearch();
    QVERIFY(waitFinished(job));
    QCOMPARE(job->error().kind, CssmError::Kind::Http);
    QCOMPARE(job->error().httpStatus, 500);
    QCOMPARE(job->attempts(), 4);
    QCOMPARE(job->error().message,
             QStringLiteral("account search: 127.0.0.1 answered HTTP 500 (Service temporarily unavailable (injected "
                            "fault)) (gave up after 4 attempts)"));
}

void CssmClientTest::slowPollHitsTheJobTimeout()
{
    CssmClient *client = newClient(m_server);
    CssmSettings settings = client->settings();
    settings.jobTimeoutMs = 1500;
    client->setSettings(settings);
    m_server.control({{QStringLiteral("pollDelayMs"), 5000}});
    CssmPollJob *job = client->reportUsage(usage(QStringLiteral("FOX0000F001"), 1000000601, 1));
    QVERIFY(waitFinished(job));
    m_server.control({{QStringLiteral("pollDelayMs"), 0}});
    QCOMPARE(job->error().kind, CssmError::Kind::Timeout);
    QVERIFY2(job->error().message.startsWith(QLatin1String("acknowledgements: CSSM did not complete poll ")),
             qPrintable(job->error().message));
}

void CssmClientTest::licenseSummaryReflectsUsage()
{
    CssmClient *client = newClient(m_server);
    CssmPollJob *report = client->reportUsage(usage(QStringLiteral("FOX0000G001"), 1000000701, 1, 4));
    QVERIFY(waitFinished(report) && report->error().ok());
    CssmRequestJob *job = client->licenseSummary();
    QVERIFY(waitFinished(job) && job->error().ok());
    const QList<CssmLicenseSummaryEntry> summary = cssmresults::licenseSummary(job->json());
    QCOMPARE(summary.size(), 1);
    QCOMPARE(summary.first().tag, kTag);
    QCOMPARE(summary.first().displayName, QStringLiteral("ASR 9000 Advanced"));
    QCOMPARE(summary.first().entitled, 5);
    // Every device's latest count: the earlier tests reported 2 per device on five more devices.
    const QJsonObject usageState = m_server.control()
                                       .value(QStringLiteral("state"))
                                       .toObject()
                                       .value(QStringLiteral("virtualAccounts"))
                                       .toObject()
                                       .value(QStringLiteral("9007199254740995"))
                                       .toObject()
                                       .value(QStringLiteral("usage"))
                                       .toObject()
                                       .value(kTag)
                                       .toObject();
    qint64 total = 0;
    for (const QJsonValue &count : usageState)
        total += count.toInteger();
    QCOMPARE(usageState.value(QStringLiteral("PID:ASR-9006-AC,SN:FOX0000G001")).toInteger(), 4);
    QCOMPARE(summary.first().inUse, total);
    QCOMPARE(summary.first().complianceStatus,
             total + summary.first().reserved <= 5 ? QStringLiteral("In Compliance")
                                                   : QStringLiteral("Out of Compliance"));
}

namespace {

QString requestCode(const QString &pid, const QString &serial)
{
    const QString head = QStringLiteral("CC-Z%1:%2-AbCdE1234").arg(pid, serial);
    return head + QLatin1Char('-')
        + QString::fromLatin1(
               QCryptographicHash::hash(head.toLatin1(), QCryptographicHash::Sha256).left(1).toHex().toUpper());
}

qint64 reservedInSummary(CssmClient *client)
{
    CssmRequestJob *job = client->licenseSummary();
    if (!waitFinished(job) || !job->error().ok())
        return -1;
    const auto summary = cssmresults::licenseSummary(job->json());
    return summary.isEmpty() ? -1 : summary.first().reserved;
}

} // namespace

void CssmClientTest::reserveDrawsFromThePoolAndShortPoolIsRefused()
{
    CssmClient *client = newClient(m_server);
    const qint64 reservedBefore = reservedInSummary(client);
    QCOMPARE(reservedBefore, 0);
    CssmRequestJob *job = client->reserveLicenses(
        {{requestCode(QStringLiteral("NCS-5501"), QStringLiteral("FOC1111R001")), {{kTag, 3}}}});
    QVERIFY(waitFinished(job));
    QVERIFY2(job->error().ok(), qPrintable(job->error().message));
    const auto results = cssmresults::reservations(job->json());
    QCOMPARE(results.size(), 1);
    QVERIFY(results.first().succeeded);
    // The authorization code is signed with the lab key over the exact element and the UDI (PROTOCOL.md 6).
    static const QRegularExpression shape(
        QStringLiteral("^<specificPLR>(<authorizationCode>.*</authorizationCode>)<signature>([^<]+)</"
                       "signature><udi>(P:NCS-5501,S:FOC1111R001)</udi></specificPLR>$"));
    const QRegularExpressionMatch match = shape.match(QString::fromUtf8(results.first().authorizationCode));
    QVERIFY2(match.hasMatch(), results.first().authorizationCode.constData());
    QVERIFY(match.captured(1).contains(QStringLiteral("<tag>%1</tag><count>3</count>").arg(kTag)));
    const QByteArray expected
        = QMessageAuthenticationCode::hash(match.captured(1).toUtf8() + '|' + match.captured(3).toUtf8(),
                                           QByteArray::fromHex(kLabKeyHex), QCryptographicHash::Sha256);
    QCOMPARE(QByteArray::fromBase64(match.captured(2).toLatin1()), expected);
    QCOMPARE(reservedInSummary(client), 3);

    CssmRequestJob *tooMany = client->reserveLicenses(
        {{requestCode(QStringLiteral("NCS-5501"), QStringLiteral("FOC1111R002")), {{kTag, 3}}}});
    QVERIFY(waitFinished(tooMany));
    QCOMPARE(tooMany->error().kind, CssmError::Kind::Rejected); // every request of the call failed
    QCOMPARE(
        tooMany->error().message,
        QStringLiteral("reserve licenses refused by 127.0.0.1: Insufficient licenses for %1 in virtual account Core: "
                       "requested 3, available 2")
            .arg(kTag));
    const auto refused = cssmresults::reservations(tooMany->json());
    QCOMPARE(refused.size(), 1);
    QVERIFY(!refused.first().succeeded);
    QCOMPARE(
        refused.first().message,
        QStringLiteral("Insufficient licenses for %1 in virtual account Core: requested 3, available 2").arg(kTag));
    QCOMPARE(reservedInSummary(client), 3);
}

void CssmClientTest::returnCreditsTheReservationBack()
{
    CssmClient *client = newClient(m_server);
    const QString serial = QStringLiteral("FOC2222R001");
    const QString udi = QStringLiteral("PID:NCS-5501,SN:") + serial;
    const qint64 before = reservedInSummary(client);
    CssmRequestJob *reserve = client->reserveLicenses({{requestCode(QStringLiteral("NCS-5501"), serial), {{kTag, 1}}}});
    QVERIFY(waitFinished(reserve) && reserve->error().ok());
    QCOMPARE(reservedInSummary(client), before + 1);
    const QByteArray code = cssmresults::reservations(reserve->json()).first().authorizationCode;
    const QByteArray element
        = code.mid(code.indexOf("<authorizationCode>"),
                   code.indexOf("</authorizationCode>") + 20 - code.indexOf("<authorizationCode>"));
    // The router's return code, computed as xrsim does (PROTOCOL.md section 6).
    const QByteArray routerKey = m_signer.routerKey(QStringLiteral("NCS-5501"), serial);
    auto hmac = [](const QByteArray &key, const QByteArray &message) {
        return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
    };
    const QByteArray confirmation = hmac(routerKey, "confirm|" + element).toHex().left(8);
    const QByteArray material = hmac(routerKey, "return|" + udi.toUtf8() + '|' + confirmation);
    const QByteArray bytes = material + hmac(routerKey, material);
    const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString text;
    for (int i = 0; i < 51; ++i)
        text += QLatin1Char(alphabet[static_cast<quint8>(bytes.at(i)) % 62]);
    QStringList groups;
    for (int i = 0; i < 8; ++i)
        groups.append(text.mid(i * 6, 6));
    groups.append(text.mid(48, 3));

    CssmRequestJob *wrong
        = client->returnReservation(udi, QStringLiteral("AAAAAA-AAAAAA-AAAAAA-AAAAAA-AAAAAA-AAAAAA-AAAAAA-AAAAAA-AAA"));
    QVERIFY(waitFinished(wrong));
    QCOMPARE(wrong->error().kind, CssmError::Kind::Rejected);
    QVERIFY(
        wrong->error().message.endsWith(QStringLiteral("The return code does not match the reservation of ") + udi));
    QCOMPARE(reservedInSummary(client), before + 1);

    CssmRequestJob *returned = client->returnReservation(udi, groups.join(QLatin1Char('-')));
    QVERIFY(waitFinished(returned));
    QVERIFY2(returned->error().ok(), qPrintable(returned->error().message));
    QCOMPARE(returned->json().value(QStringLiteral("credited")).toArray(),
             (QJsonArray {QJsonObject {{QStringLiteral("entitlementTag"), kTag}, {QStringLiteral("quantity"), 1}}}));
    QCOMPARE(reservedInSummary(client), before);
}

void CssmClientTest::idTokensAreCreatedAndListed()
{
    CssmClient *client = newClient(m_server);
    CssmRequestJob *created = client->createIdToken(QStringLiteral("lab trust"), 7, false);
    QVERIFY(waitFinished(created));
    QVERIFY2(created->error().ok(), qPrintable(created->error().message));
    const CssmIdToken token = cssmresults::createdIdToken(created->json());
    QCOMPARE(token.description, QStringLiteral("lab trust"));
    QCOMPARE(token.expiresAfterDays, 7);
    // The token xrsim accepts: b64(claims_b64url "." b64url(HMAC(lab key, "xrsim-idtoken." + claims_b64url))).
    const QByteArray inner = QByteArray::fromBase64(token.token.toLatin1());
    const QByteArray claimsPart = inner.left(inner.indexOf('.'));
    const QByteArray signature = inner.mid(inner.indexOf('.') + 1);
    QCOMPARE(signature,
             QMessageAuthenticationCode::hash("xrsim-idtoken." + claimsPart, QByteArray::fromHex(kLabKeyHex),
                                              QCryptographicHash::Sha256)
                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QJsonObject claims
        = QJsonDocument::fromJson(QByteArray::fromBase64(claimsPart, QByteArray::Base64UrlEncoding)).object();
    QCOMPARE(claims.value(QStringLiteral("format")).toString(), QStringLiteral("xrsim-idtoken/1"));
    QCOMPARE(claims.value(QStringLiteral("smartAccount")).toString(), QStringLiteral("Lab"));
    QCOMPARE(claims.value(QStringLiteral("virtualAccount")).toString(), QStringLiteral("Core"));

    CssmRequestJob *listed = client->listIdTokens();
    QVERIFY(waitFinished(listed) && listed->error().ok());
    const QList<CssmIdToken> tokens = cssmresults::idTokens(listed->json());
    QVERIFY(!tokens.isEmpty());
    QCOMPARE(tokens.last().token, token.token);
}

QString CssmClientTest::certificateError(const QString &kind)
{
    CssmSimProcess server;
    const QString problem = server.start({QStringLiteral("--certificate"), kind});
    if (!problem.isEmpty())
        return QStringLiteral("START: ") + problem;
    InMemorySecretStore secrets;
    SecretStore::waitFor(secrets.write(kSecretReference, Secret(server.clientSecret())));
    CssmClient client(server.settings(kSecretReference), &secrets);
    CssmRequestJob *job = client.accountSearch();
    if (!waitFinished(job))
        return QStringLiteral("NOT FINISHED");
    return job->error().kind == CssmError::Kind::Tls ? job->error().message
                                                     : QStringLiteral("NOT TLS: ") + job->error().message;
}

void CssmClientTest::wrongHostCertificateIsNamed()
{
    const QString message = certificateError(QStringLiteral("wrong-host"));
    static const QRegularExpression expected(QStringLiteral(
        "^The certificate of 127\\.0\\.0\\.1 was refused: CN/SAN does not match the host 127\\.0\\.0\\.1 \\(the "
        "certificate "
        "names wrong-host\\.cssmsim\\.invalid\\)\\. Certificate subject: CN=wrong-host\\.cssmsim\\.invalid, O=cssmsim; "
        "SHA-256 fingerprint: ([0-9A-F]{2}:){31}[0-9A-F]{2}$"));
    QVERIFY2(expected.match(message).hasMatch(), qPrintable(message));
}

void CssmClientTest::untrustedCertificateIsNamed()
{
    const QString message = certificateError(QStringLiteral("self-signed"));
    QVERIFY2(message.startsWith(QLatin1String("The certificate of 127.0.0.1 was refused: untrusted issuer (")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Certificate subject: CN=127.0.0.1, O=cssmsim; SHA-256 fingerprint: ")),
             qPrintable(message));
}

void CssmClientTest::expiredCertificateIsNamed()
{
    const QString message = certificateError(QStringLiteral("expired"));
    QVERIFY2(message.contains(QLatin1String("certificate expired on ")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Certificate subject: CN=127.0.0.1, O=cssmsim")), qPrintable(message));
}

void CssmClientTest::serverCaIsNotTrustedWithoutTheBundle()
{
    CssmSettings settings = m_server.settings(kSecretReference);
    settings.caBundleFile.clear(); // system CAs only: the test CA is unknown there
    CssmClient client(settings, &m_secrets);
    CssmRequestJob *job = client.accountSearch();
    QVERIFY(waitFinished(job));
    QCOMPARE(job->error().kind, CssmError::Kind::Tls);
    QVERIFY2(job->error().message.contains(QLatin1String("untrusted issuer")), qPrintable(job->error().message));
    QCOMPARE(job->attempts(), 0); // the token request failed: no API request went out
}

QTEST_GUILESS_MAIN(CssmClientTest)
#include "test_cssm_client.moc"
