// xrsim's licensing CLI and state model, driven over SSH (libssh client) and SFTP (OpenSSH sftp):
// every show layout, RUM reports, save usage, import, trust, transport, sync failures, SLR, clock, restart.
#include "FakeCssm.h"
#include "LabIssuer.h"
#include "LibsshClient.h"
#include "XrsimHarness.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtTest>

using namespace slp::xrsim::test;

namespace {

const QByteArray kLabKey = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
const QString kUdi = QStringLiteral("PID:ASR-9006-AC,SN:FOX1605GNAH");

QString date(qint64 seconds)
{
    return QLocale::c().toString(QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()),
                                 QStringLiteral("MMM dd yyyy hh:mm:ss"))
        + QStringLiteral(" UTC");
}

} // namespace

class TestXrsimLicensing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void statusPolicyBlockMatchesGuide();
    void summaryLayout();
    void usageLayout();
    void udiListsHighAvailability();
    void rumReportsAreConsecutive();
    void rumDetail();
    void saveUsageWritesSignedReports();
    void importAcknowledgesReports();
    void importRejectsBadFiles();
    void policyRidesWithAck();
    void trustWithIdToken();
    void trustFailures();
    void saveTrustRequest();
    void transportThroughConfigMode();
    void endAsksAboutUncommittedChanges();
    void syncFailsAndChangesNothing();
    void syncReportsAndImportsTheAck();
    void specificLicenseReservation();
    void reservationCancel();
    void clockClosesReports();
    void usageChangeClosesReport();
    void usageDriftsOverTime();
    void clockRate();
    void classicSmartLicensingOutput();
    void stateSurvivesRestart();

private:
    struct Run
    {
        int exitStatus = -1;
        QString out;
    };
    Run run(const QString &host, const QString &command, const QByteArray &input = {});
    QStringList lines(const QString &host, const QString &command)
    {
        return run(host, command).out.split(QLatin1Char('\n'));
    }
    QJsonObject state(const QString &host);
    QByteArray stableState(const QString &host);
    static qint64 lastAckOf(const QJsonObject &stateReply);
    QList<qint64> reportIds(const QString &host, const QString &wantedState);
    bool put(const QString &host, const QString &name, const QByteArray &content);

    XrsimHarness m_harness;
    LabIssuer m_issuer {kLabKey};
};

TestXrsimLicensing::Run TestXrsimLicensing::run(const QString &host, const QString &command, const QByteArray &input)
{
    LibsshClient client;
    Run result;
    if (!client.connect(m_harness.address(host), m_harness.port(host))
        || !client.authenticateKeyFile(QStringLiteral("admin"), m_harness.privateKeyPath()))
        return result;
    const auto exec = client.exec(command, input);
    result.exitStatus = exec.exitStatus;
    result.out = QString::fromUtf8(exec.out);
    return result;
}

QJsonObject TestXrsimLicensing::state(const QString &host)
{
    return m_harness.control({{QStringLiteral("cmd"), QStringLiteral("state")}, {QStringLiteral("router"), host}});
}

qint64 TestXrsimLicensing::lastAckOf(const QJsonObject &stateReply)
{
    const QJsonObject reporting
        = stateReply.value(QStringLiteral("state")).toObject().value(QStringLiteral("reporting")).toObject();
    return static_cast<qint64>(reporting.value(QStringLiteral("lastAck")).toDouble());
}

QByteArray TestXrsimLicensing::stableState(const QString &host)
{
    // advancedTo follows the clock; everything else must stay put.
    QJsonObject object = state(host).value(QStringLiteral("state")).toObject();
    object.remove(QStringLiteral("advancedTo"));
    return QJsonDocument(object).toJson();
}

QList<qint64> TestXrsimLicensing::reportIds(const QString &host, const QString &wantedState)
{
    QList<qint64> ids;
    for (const QJsonValue &value :
         state(host).value(QStringLiteral("state")).toObject().value(QStringLiteral("reports")).toArray()) {
        if (value.toObject().value(QStringLiteral("state")).toString() == wantedState)
            ids.append(static_cast<qint64>(value.toObject().value(QStringLiteral("id")).toDouble()));
    }
    return ids;
}

bool TestXrsimLicensing::put(const QString &host, const QString &name, const QByteArray &content)
{
    QFile file(m_harness.path(name));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(content);
    file.close();
    const auto result
        = m_harness.sftp(host, "put " + m_harness.path(name).toUtf8() + " /harddisk:/" + name.toUtf8() + "\n");
    return result.exitCode == 0;
}

void TestXrsimLicensing::initTestCase()
{
    const QJsonObject ha {
        {QStringLiteral("standby"), QJsonObject {{QStringLiteral("serial"), QStringLiteral("FOX1605GNAJ")}}}};
    const QJsonObject fleet = XrsimHarness::fleet({
        m_harness.basicRouter(QStringLiteral("pe1"), ha),
        m_harness.basicRouter(QStringLiteral("pe2"), {{QStringLiteral("serial"), QStringLiteral("FOX2222AAAA")}}),
        m_harness.basicRouter(QStringLiteral("old1"),
                              {{QStringLiteral("serial"), QStringLiteral("FOX3333BBBB")},
                               {QStringLiteral("version"), QStringLiteral("7.11.1")}}),
        m_harness.basicRouter(QStringLiteral("slr1"),
                              {{QStringLiteral("pid"), QStringLiteral("NCS-5501-SE")},
                               {QStringLiteral("serial"), QStringLiteral("FOC2118R24P")}}),
        m_harness.basicRouter(QStringLiteral("drift1"),
                              {{QStringLiteral("serial"), QStringLiteral("FOX4444DDDD")},
                               {QStringLiteral("licenses"),
                                QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("ESS_100G_RTU_1")},
                                                         {QStringLiteral("tag"), QStringLiteral("ESS-SE-100G-RTU-1")},
                                                         {QStringLiteral("count"), 4},
                                                         {QStringLiteral("drift"),
                                                          QJsonObject {{QStringLiteral("everyDays"), 1},
                                                                       {QStringLiteral("min"), 1},
                                                                       {QStringLiteral("max"), 50}}}}}}}),
    });
    QVERIFY2(m_harness.start(fleet), qPrintable(m_harness.log()));
}

void TestXrsimLicensing::cleanupTestCase()
{
    QVERIFY2(m_harness.stop() == 0, qPrintable(m_harness.log()));
}

void TestXrsimLicensing::statusPolicyBlockMatchesGuide()
{
    const Run result = run(QStringLiteral("pe2"), QStringLiteral("show license status"));
    QCOMPARE(result.exitStatus, 0);
    // Verbatim from the reference guide's show license status (CSLU example).
    const QString guide = QStringLiteral("Policy:\n"
                                         "  Policy in use: Merged from multiple sources.\n"
                                         "  Reporting ACK required: yes (CISCO default)\n"
                                         "  Unenforced/Non-Export Perpetual Attributes:\n"
                                         "    First report requirement (days): 365 (CISCO default)\n"
                                         "    Reporting frequency (days): 0 (CISCO default)\n"
                                         "    Report on change (days): 90 (CISCO default)\n"
                                         "  Unenforced/Non-Export Subscription Attributes:\n"
                                         "    First report requirement (days): 90 (CISCO default)\n"
                                         "    Reporting frequency (days): 90 (CISCO default)\n"
                                         "    Report on change (days): 90 (CISCO default)\n"
                                         "  Enforced (Perpetual/Subscription) License Attributes:\n"
                                         "    First report requirement (days): 0 (CISCO default)\n"
                                         "    Reporting frequency (days): 0 (CISCO default)\n"
                                         "    Report on change (days): 0 (CISCO default)\n"
                                         "  Export (Perpetual/Subscription) License Attributes:\n"
                                         "    First report requirement (days): 0 (CISCO default)\n"
                                         "    Reporting frequency (days): 0 (CISCO default)\n"
                                         "    Report on change (days): 0 (CISCO default)\n"
                                         " \n"
                                         "Usage Reporting:\n"
                                         "  Last ACK received: Feb 28 2024 19:08:58 UTC\n"
                                         "  Next ACK deadline: May 28 2024 19:08:58 UTC\n"
                                         "  Reporting push interval: 30  days\n"
                                         "  Next ACK push check: Feb 28 2024 19:20:44 UTC\n"
                                         "  Next report push: Mar 29 2024 19:03:32 UTC\n"
                                         "  Last report push: Feb 28 2024 19:03:32 UTC\n"
                                         "  Last report file write: <none>\n"
                                         " \n"
                                         "Trust Code Installed: Jan 10 2024 20:56:02 UTC\n"
                                         "Secondary Signing Cert: 0\n");
    QVERIFY2(result.out.contains(guide), qPrintable(result.out));
    QVERIFY(result.out.contains(
        QStringLiteral("Transport:\n  Type: cslu\n  Cslu address: http://192.0.2.1:8182/cslu/v1/pi\n  Proxy:\n    Not "
                       "Configured\n  VRF:\n    Not Supported\n")));
    QVERIFY(result.out.endsWith(QStringLiteral("Reports on disk: 0\n..!\n")));
}

void TestXrsimLicensing::summaryLayout()
{
    const Run result = run(QStringLiteral("pe2"), QStringLiteral("show license summary"));
    QCOMPARE(result.exitStatus, 0);
    // The 2024 ACK is long overdue on this machine's clock: the licenses are out of compliance.
    QVERIFY2(result.out.contains(
                 QStringLiteral(" \nAccount Information:\n  Smart Account: BU A9000 As of Feb 28 2024 19:08:58 UTC\n  "
                                "Virtual Account: A9000\n \n"
                                "License Usage:\n"
                                "  License                 Entitlement Tag               Count Status\n"
                                "  -----------------------------------------------------------------------------\n"
                                "  ESS_100G_RTU_1          (ESS-SE-100G-RTU-1)               2 OUT-OF-COMPLIANCE\n"
                                "  ESS_ED_100G_SIA_3       (ESS-ED-100G-SIA3)                2 OUT-OF-COMPLIANCE\n")),
             qPrintable(result.out));
}

void TestXrsimLicensing::usageLayout()
{
    const Run result = run(QStringLiteral("pe2"), QStringLiteral("show license usage"));
    QCOMPARE(result.exitStatus, 0);
    const QStringList out = result.out.split(QLatin1Char('\n'));
    const QStringList expected {QStringLiteral("ESS_ED_100G_SIA_3 (ESS-ED-100G-SIA3):"),
                                QStringLiteral("  Description: Essentials Edge Subscription SIA"),
                                QStringLiteral("  Count: 2"),
                                QStringLiteral("  Version: 1.0"),
                                QStringLiteral("  Status: OUT-OF-COMPLIANCE"),
                                QStringLiteral("  Export status: NOT RESTRICTED"),
                                QStringLiteral("  Feature Name: ESS_ED_100G_SIA_3"),
                                QStringLiteral("  Feature Description: Essentials Edge Subscription SIA"),
                                QStringLiteral("  Enforcement type: NOT ENFORCED"),
                                QStringLiteral("  License type: Subscription"),
                                QStringLiteral("..!")};
    const qsizetype start = out.indexOf(expected.first());
    QVERIFY(start > 0);
    QCOMPARE(out.mid(start, expected.size()), expected);
}

void TestXrsimLicensing::udiListsHighAvailability()
{
    const Run result = run(QStringLiteral("pe1"), QStringLiteral("show license udi"));
    QVERIFY(result.out.endsWith(QStringLiteral("UDI: PID:ASR-9006-AC,SN:FOX1605GNAH\n\nHA UDI List:\n"
                                               "    0/RSP0/CPU0: Active:PID:ASR-9006-AC,SN:FOX1605GNAH\n"
                                               "    0/RSP1/CPU0: Standby:PID:ASR-9006-AC,SN:FOX1605GNAJ\n")));
}

void TestXrsimLicensing::rumReportsAreConsecutive()
{
    const Run result = run(QStringLiteral("pe2"), QStringLiteral("show license rum id all"));
    QCOMPARE(result.exitStatus, 0);
    static const QRegularExpression row(QStringLiteral("^(\\d{10})  (OPEN|CLOSED|ACK) +([NU]) +(\\S+)$"),
                                        QRegularExpression::MultilineOption);
    QList<qint64> ids;
    QStringList states;
    for (auto it = row.globalMatch(result.out); it.hasNext();) {
        const auto match = it.next();
        ids.append(match.captured(1).toLongLong());
        states.append(match.captured(2));
    }
    QCOMPARE(ids.size(), 12 * 2 + 2); // twelve kept push intervals of two licenses, plus the open pair
    for (qsizetype i = 1; i < ids.size(); ++i)
        QCOMPARE(ids.at(i), ids.at(i - 1) + 1);
    QCOMPARE(states.mid(states.size() - 2), (QStringList {QStringLiteral("OPEN"), QStringLiteral("OPEN")}));
    QVERIFY(states.contains(QStringLiteral("CLOSED")));
}

void TestXrsimLicensing::rumDetail()
{
    const QList<qint64> open = reportIds(QStringLiteral("pe2"), QStringLiteral("OPEN"));
    QCOMPARE(open.size(), 2);
    const Run result = run(QStringLiteral("pe2"), QStringLiteral("show license rum id %1 detail").arg(open.first()));
    QCOMPARE(result.exitStatus, 0);
    QVERIFY(result.out.contains(
        QStringLiteral("Report Id: %1\n  Metric Name: ENTITLEMENT\n  Feature Name: ESS_100G_RTU_1\n")
            .arg(open.first())));
    QVERIFY(result.out.contains(QStringLiteral("  State: OPEN, State Change Reason: REPORTING\n")));
    QVERIFY(result.out.contains(QStringLiteral("Next Report Id: 0\n")));
    const Run missing = run(QStringLiteral("pe2"), QStringLiteral("show license rum id 1000000000 detail"));
    QCOMPARE(missing.exitStatus, 1);
    QVERIFY(missing.out.contains(QStringLiteral("% Error: Report Id 1000000000 not found")));
}

void TestXrsimLicensing::saveUsageWritesSignedReports()
{
    const QList<qint64> closedBefore = reportIds(QStringLiteral("pe2"), QStringLiteral("CLOSED"));
    const QList<qint64> openBefore = reportIds(QStringLiteral("pe2"), QStringLiteral("OPEN"));
    const Run saved
        = run(QStringLiteral("pe2"), QStringLiteral("license smart save usage unreported /harddisk:/usage.txt"));
    QCOMPARE(saved.exitStatus, 0);
    QCOMPARE(saved.out, QString());
    const auto fetched
        = m_harness.sftp(QStringLiteral("pe2"),
                         "get /harddisk:/usage.txt " + m_harness.path(QStringLiteral("usage.txt")).toUtf8() + "\n");
    QCOMPARE(fetched.exitCode, 0);
    QFile file(m_harness.path(QStringLiteral("usage.txt")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith(
        "<smartLicense><smartLicenseSystemInfo><data>{\"format\":\"xrsim-rum-file/1\",\"hostname\":\"pe2\""));
    const QByteArray routerKey = m_issuer.routerKey(QStringLiteral("PID:ASR-9006-AC,SN:FOX2222AAAA"));
    QList<qint64> ids;
    static const QRegularExpression report(QStringLiteral("<RUMReport><!\\[CDATA\\[(.*?)\\]\\]></RUMReport>"));
    for (auto it = report.globalMatch(QString::fromUtf8(content)); it.hasNext();) {
        const QJsonObject json = QJsonDocument::fromJson(it.next().captured(1).toUtf8()).object();
        const QByteArray payload = json.value(QStringLiteral("payload")).toString().toUtf8();
        const QJsonObject signature = json.value(QStringLiteral("signature")).toObject();
        QCOMPARE(json.value(QStringLiteral("header")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("rum"));
        QCOMPARE(signature.value(QStringLiteral("signing_type")).toString(), QStringLiteral("HMAC-SHA256"));
        QCOMPARE(QByteArray::fromBase64(signature.value(QStringLiteral("value")).toString().toLatin1()),
                 LabIssuer::hmac(routerKey, payload));
        const QJsonObject parsed = QJsonDocument::fromJson(payload).object();
        QCOMPARE(parsed.value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));
        ids.append(static_cast<qint64>(parsed.value(QStringLiteral("asset_identification"))
                                           .toObject()
                                           .value(QStringLiteral("report_id"))
                                           .toDouble()));
    }
    // Unreported = the closed reports plus the two open ones, closed by the save.
    QCOMPARE(ids, closedBefore + openBefore);
    QCOMPARE(reportIds(QStringLiteral("pe2"), QStringLiteral("OPEN")),
             (QList<qint64> {openBefore.last() + 1, openBefore.last() + 2}));
    const qint64 now = static_cast<qint64>(state(QStringLiteral("pe2")).value(QStringLiteral("now")).toDouble());
    const Run status = run(QStringLiteral("pe2"), QStringLiteral("show license status"));
    static const QRegularExpression written(
        QStringLiteral("Last report file write: ([A-Z][a-z]{2} \\d\\d \\d{4} \\d\\d:\\d\\d:\\d\\d UTC)"));
    const auto match = written.match(status.out);
    QVERIFY(match.hasMatch());
    QVERIFY(std::llabs(QDateTime::fromString(match.captured(1).chopped(4), QStringLiteral("MMM dd yyyy hh:mm:ss"))
                           .toSecsSinceEpoch()
                       - now)
            < 60);
}

void TestXrsimLicensing::importAcknowledgesReports()
{
    const QList<qint64> closed = reportIds(QStringLiteral("pe2"), QStringLiteral("CLOSED"));
    QVERIFY(closed.size() >= 2);
    QVERIFY(put(QStringLiteral("pe2"), QStringLiteral("ack.xml"),
                m_issuer.ackFile(QStringLiteral("PID:ASR-9006-AC,SN:FOX2222AAAA"), closed)));
    const Run imported = run(QStringLiteral("pe2"), QStringLiteral("license smart import harddisk:/ack.xml"));
    QCOMPARE(imported.out, QStringLiteral("Import Data Successful\n"));
    QCOMPARE(imported.exitStatus, 0);
    QVERIFY(reportIds(QStringLiteral("pe2"), QStringLiteral("CLOSED")).isEmpty());
    const QJsonObject after = state(QStringLiteral("pe2"));
    const qint64 lastAck = lastAckOf(after);
    QVERIFY(std::llabs(lastAck - static_cast<qint64>(after.value(QStringLiteral("now")).toDouble())) < 60);
    // Subscription in use: next deadline = last ACK + 90 days (smallest non-zero reporting frequency).
    QCOMPARE(static_cast<qint64>(after.value(QStringLiteral("nextAckDeadline")).toDouble()), lastAck + 90 * 86400);
    const Run status = run(QStringLiteral("pe2"), QStringLiteral("show license status"));
    QVERIFY(status.out.contains(QStringLiteral("  Last ACK received: %1\n  Next ACK deadline: %2\n")
                                    .arg(date(lastAck), date(lastAck + 90 * 86400))));
    QVERIFY(run(QStringLiteral("pe2"), QStringLiteral("show license summary"))
                .out.contains(QStringLiteral("(ESS-SE-100G-RTU-1)               2 AUTHORIZED\n")));
}

void TestXrsimLicensing::importRejectsBadFiles()
{
    const QString udi = QStringLiteral("PID:ASR-9006-AC,SN:FOX2222AAAA");
    const QByteArray before = stableState(QStringLiteral("pe2"));
    LabIssuer impostor(QByteArray(32, 'x'));
    QVERIFY(put(QStringLiteral("pe2"), QStringLiteral("forged.xml"), impostor.ackFile(udi, {1})));
    QVERIFY(put(QStringLiteral("pe2"), QStringLiteral("other.xml"),
                m_issuer.ackFile(QStringLiteral("PID:ASR-9006-AC,SN:NOTTHISONE"), {1})));
    QVERIFY(put(QStringLiteral("pe2"), QStringLiteral("junk.xml"),
                QByteArrayLiteral("<smartLicense><smartLicenseRumAck><data>%%%</data>")));
    const QList<QPair<QString, QString>> cases {
        {QStringLiteral("forged.xml"), QStringLiteral("% Error: Import Data Failed: Signature verification failed\n")},
        {QStringLiteral("other.xml"),
         QStringLiteral("% Error: Import Data Failed: The data is for another product instance "
                        "(PID:ASR-9006-AC,SN:NOTTHISONE)\n")},
        {QStringLiteral("junk.xml"), QStringLiteral("% Error: Import Data Failed: Invalid file format\n")},
        {QStringLiteral("missing.xml"),
         QStringLiteral("% Error: Import Data Failed: File harddisk:/missing.xml does not exist\n")},
        {QStringLiteral("harddisk:/../fs/x"),
         QStringLiteral("% Error: Import Data Failed: Invalid file path 'harddisk:/../fs/x'\n")},
    };
    for (const auto &[file, message] : cases) {
        const Run result = run(QStringLiteral("pe2"), QStringLiteral("license smart import ") + file);
        QCOMPARE(result.out, message);
        QCOMPARE(result.exitStatus, 1);
    }
    QCOMPARE(stableState(QStringLiteral("pe2")), before);
}

void TestXrsimLicensing::policyRidesWithAck()
{
    const QJsonObject category {{QStringLiteral("firstReportDays"), 30},
                                {QStringLiteral("frequencyDays"), 60},
                                {QStringLiteral("onChangeDays"), 15}};
    const QJsonObject policy {{QStringLiteral("name"), QStringLiteral("SLE Policy")},
                              {QStringLiteral("ackRequired"), true},
                              {QStringLiteral("unenforcedPerpetual"), category},
                              {QStringLiteral("unenforcedSubscription"), category},
                              {QStringLiteral("enforced"), category},
                              {QStringLiteral("export"), category}};
    QVERIFY(put(QStringLiteral("pe2"), QStringLiteral("policy.xml"),
                m_issuer.ackFile(QStringLiteral("PID:ASR-9006-AC,SN:FOX2222AAAA"), {}, false, policy)));
    QCOMPARE(run(QStringLiteral("pe2"), QStringLiteral("license smart import policy.xml")).out,
             QStringLiteral("Import Data Successful\n"));
    const Run status = run(QStringLiteral("pe2"), QStringLiteral("show license status"));
    QVERIFY2(status.out.contains(
                 QStringLiteral("  Policy name: SLE Policy\n  Reporting ACK required: yes (Customer Policy)\n"
                                "  Unenforced/Non-Export Perpetual Attributes:\n"
                                "    First report requirement (days): 30 (Customer Policy)\n"
                                "    Reporting frequency (days): 60 (Customer Policy)\n"
                                "    Report on change (days): 15 (Customer Policy)\n")),
             qPrintable(status.out));
    const QJsonObject after = state(QStringLiteral("pe2"));
    const qint64 lastAck = lastAckOf(after);
    QCOMPARE(static_cast<qint64>(after.value(QStringLiteral("nextAckDeadline")).toDouble()), lastAck + 60 * 86400);
}

void TestXrsimLicensing::trustWithIdToken()
{
    const qint64 now = static_cast<qint64>(state(QStringLiteral("pe1")).value(QStringLiteral("now")).toDouble());
    const QString token = m_issuer.idToken(QStringLiteral("BU A9000"), QStringLiteral("A9000"), now + 86400);
    const Run refused = run(QStringLiteral("pe1"), QStringLiteral("license smart trust idtoken %1 all").arg(token));
    QCOMPARE(refused.exitStatus, 1);
    QVERIFY2(refused.out.contains(QStringLiteral(
                 "%LICENSE-SMART_LIC-3-TRUST_INSTALL_FAILED : The install of a new licensing trust code has failed on "
                 "PID:ASR-9006-AC,SN:FOX1605GNAH, PID:ASR-9006-AC,SN:FOX1605GNAJ: A trust code is already installed; "
                 "use the force option to replace it.")),
             qPrintable(refused.out));
    // As CSSM shows tokens: percent-encoded with %0A line breaks.
    QString encoded = token;
    encoded.insert(20, QStringLiteral("\n"));
    encoded = QString::fromLatin1(QUrl::toPercentEncoding(encoded));
    const Run installed
        = run(QStringLiteral("pe1"), QStringLiteral("license smart trust idtoken %1 all force").arg(encoded));
    QCOMPARE(installed.exitStatus, 0);
    QVERIFY(
        QRegularExpression(
            QStringLiteral(
                "^RP/0/RSP0/CPU0:[A-Z][a-z]{2} \\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} UTC: smartlicserver\\[411\\]: "
                "%LICENSE-SMART_LIC-6-TRUST_INSTALL_SUCCESS : A new licensing trust code was successfully installed on "
                "PID:ASR-9006-AC,SN:FOX1605GNAH, PID:ASR-9006-AC,SN:FOX1605GNAJ\\.\\n$"))
            .match(installed.out)
            .hasMatch());
    const QJsonObject trust = state(QStringLiteral("pe1"))
                                  .value(QStringLiteral("state"))
                                  .toObject()
                                  .value(QStringLiteral("trust"))
                                  .toObject();
    const qint64 at = static_cast<qint64>(trust.value(QStringLiteral("activeInstalledAt")).toDouble());
    QVERIFY(std::llabs(at - now) < 60);
    QCOMPARE(static_cast<qint64>(trust.value(QStringLiteral("standbyInstalledAt")).toDouble()), at);
    const Run status = run(QStringLiteral("pe1"), QStringLiteral("show license status"));
    QVERIFY(status.out.contains(
        QStringLiteral("Trust Code Installed:\n  Active: PID:ASR-9006-AC,SN:FOX1605GNAH\n    INSTALLED on %1\n"
                       "  Standby: PID:ASR-9006-AC,SN:FOX1605GNAJ\n    INSTALLED on %1\n")
            .arg(date(at))));
}

void TestXrsimLicensing::trustFailures()
{
    const qint64 now = static_cast<qint64>(state(QStringLiteral("pe1")).value(QStringLiteral("now")).toDouble());
    const QString suffix = QStringLiteral(" local force");
    const QList<QPair<QString, QString>> cases {
        {m_issuer.idToken(QStringLiteral("BU A9000"), QStringLiteral("OTHER-VA"), now + 86400),
         QStringLiteral("The ID token belongs to another virtual account (BU A9000 / OTHER-VA)")},
        {m_issuer.idToken(QStringLiteral("BU A9000"), QStringLiteral("A9000"), now - 10),
         QStringLiteral("The ID token has expired")},
        {LabIssuer(QByteArray(32, 'k')).idToken(QStringLiteral("BU A9000"), QStringLiteral("A9000"), now + 86400),
         QStringLiteral("Invalid ID token (signature)")},
        {QStringLiteral("bm90LWEtdG9rZW4="), QStringLiteral("Invalid ID token")},
    };
    for (const auto &[token, reason] : cases) {
        const Run result = run(QStringLiteral("pe1"), QStringLiteral("license smart trust idtoken ") + token + suffix);
        QCOMPARE(result.exitStatus, 1);
        QVERIFY2(result.out.endsWith(QStringLiteral("has failed on PID:ASR-9006-AC,SN:FOX1605GNAH: ") + reason
                                     + QStringLiteral(".\n")),
                 qPrintable(result.out));
    }
    // A router clock off by more than an hour cannot establish trust.
    QJsonObject faults {{QStringLiteral("clockOffsetSeconds"), 7200}};
    QCOMPARE(m_harness
                 .control({{QStringLiteral("cmd"), QStringLiteral("setFaults")},
                           {QStringLiteral("router"), QStringLiteral("pe1")},
                           {QStringLiteral("faults"), faults}})
                 .value(QStringLiteral("ok"))
                 .toBool(),
             true);
    const Run skewed
        = run(QStringLiteral("pe1"),
              QStringLiteral("license smart trust idtoken ")
                  + m_issuer.idToken(QStringLiteral("BU A9000"), QStringLiteral("A9000"), now + 86400) + suffix);
    QCOMPARE(skewed.exitStatus, 1);
    QVERIFY(skewed.out.contains(QStringLiteral("The device clock differs from CSSM by more than 1 hour")));
    m_harness.control({{QStringLiteral("cmd"), QStringLiteral("setFaults")},
                       {QStringLiteral("router"), QStringLiteral("pe1")},
                       {QStringLiteral("faults"), QJsonObject {}}});
}

void TestXrsimLicensing::saveTrustRequest()
{
    const Run saved
        = run(QStringLiteral("pe1"), QStringLiteral("license smart save trust-request bootflash:trust.req"));
    QCOMPARE(saved.exitStatus, 0);
    QFile file(m_harness.stateDir() + QStringLiteral("/routers/pe1/fs/bootflash/trust.req"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("<smartLicense><smartLicenseTrustRequest><data>"));
    const qsizetype start = content.indexOf("<data>") + 6;
    const QJsonObject envelope
        = QJsonDocument::fromJson(QByteArray::fromBase64(content.mid(start, content.indexOf("</data>") - start)))
              .object();
    const QByteArray payload = envelope.value(QStringLiteral("payload")).toString().toUtf8();
    QCOMPARE(QByteArray::fromBase64(envelope.value(QStringLiteral("signature")).toString().toLatin1()),
             LabIssuer::hmac(m_issuer.routerKey(kUdi), payload));
    const QJsonObject request = QJsonDocument::fromJson(payload).object();
    QCOMPARE(request.value(QStringLiteral("format")).toString(), QStringLiteral("xrsim-trust-request/1"));
    QCOMPARE(request.value(QStringLiteral("udi")).toString(), kUdi);
    QCOMPARE(request.value(QStringLiteral("standbyUdi")).toString(), QStringLiteral("PID:ASR-9006-AC,SN:FOX1605GNAJ"));
}

void TestXrsimLicensing::transportThroughConfigMode()
{
    const QByteArray script
        = "configure\rlicense smart transport sm\rlicense smart url smart "
          "https://smartreceiver.example.com/licservice/license\r"
          "license smart proxy hostname proxy.example.com port 8080\rhttp client vrf st-vrf\rcommit\rend\rexit\r";
    const auto shell = m_harness.ssh(QStringLiteral("pe1"), {QStringLiteral("-tt")}, script);
    QCOMPARE(shell.exitCode, 0);
    QVERIFY(shell.out.contains(
        "RP/0/RSP0/CPU0:pe1(config)#commit\r\nRP/0/RSP0/CPU0:pe1(config)#end\r\nRP/0/RSP0/CPU0:pe1#exit"));
    const Run status = run(QStringLiteral("pe1"), QStringLiteral("show license status"));
    QVERIFY2(
        status.out.contains(QStringLiteral(
            "Transport:\n  Type: Smart\n  URL: https://smartreceiver.example.com/licservice/license\n"
            "  Proxy:\n    Address: proxy.example.com\n    Port: 8080\n    Username: <empty>\n    Password: <empty>\n"
            "  VRF:\n    st-vrf\n")),
        qPrintable(status.out));
    const Run config = run(QStringLiteral("pe1"), QStringLiteral("show running-config"));
    QVERIFY(config.out.contains(QStringLiteral("license smart transport smart\n")));
    QVERIFY(config.out.contains(QStringLiteral("http client vrf st-vrf\n")));
    // A bad URL is refused at the word that is wrong.
    const auto bad = m_harness.ssh(QStringLiteral("pe1"), {QStringLiteral("-tt")},
                                   "configure\rlicense smart url cslu notaurl\rabort\rexit\r");
    // Prompt "RP/0/RSP0/CPU0:pe1(config)#" (27 columns) + 23 columns up to "notaurl".
    QVERIFY2(bad.out.contains(QByteArray("notaurl\r\n" + QByteArray(27 + 23, ' ')
                                         + "^\r\n% Invalid input detected at '^' marker.\r\n")),
             bad.out.constData());
}

void TestXrsimLicensing::endAsksAboutUncommittedChanges()
{
    const auto shell = m_harness.ssh(QStringLiteral("pe1"), {QStringLiteral("-T")},
                                     "configure\nlicense smart transport off\nend\nno\nshow license status\n");
    QVERIFY(shell.out.contains("Uncommitted changes found, commit them before exiting(yes/no/cancel)? [cancel]:"));
    QVERIFY(shell.out.contains("  Type: Smart\n")); // "no" discarded the change
    const auto committed = m_harness.ssh(QStringLiteral("pe1"), {QStringLiteral("-T")},
                                         "configure\nlicense smart transport off\nend\nyes\n");
    QCOMPARE(committed.exitCode, 0);
    QVERIFY(run(QStringLiteral("pe1"), QStringLiteral("show license status"))
                .out.contains(QStringLiteral("  Type: off\n")));
}

void TestXrsimLicensing::syncFailsAndChangesNothing()
{
    const QByteArray before = stableState(QStringLiteral("pe1"));
    const Run off = run(QStringLiteral("pe1"), QStringLiteral("license smart sync all"));
    QCOMPARE(off.exitStatus, 1);
    QCOMPARE(off.out, QStringLiteral("% Error: License smart sync failed: Transport type is off\n"));
    QCOMPARE(stableState(QStringLiteral("pe1")), before);

    const auto configured = m_harness.ssh(
        QStringLiteral("pe1"), {QStringLiteral("-T")},
        "configure\nlicense smart transport cslu\nlicense smart url cslu http://127.0.0.1:1/cslu/v1/pi\ncommit\nend\n");
    QCOMPARE(configured.exitCode, 0);
    const QByteArray configuredState = stableState(QStringLiteral("pe1"));
    const Run unreachable = run(QStringLiteral("pe1"), QStringLiteral("license smart sync all"));
    QCOMPARE(unreachable.exitStatus, 1);
    QVERIFY2(unreachable.out.startsWith(
                 QStringLiteral("% Error: License smart sync failed: Failed to connect to http://127.0.0.1:1")),
             qPrintable(unreachable.out));
    QCOMPARE(stableState(QStringLiteral("pe1")), configuredState);
}

void TestXrsimLicensing::syncReportsAndImportsTheAck()
{
    FakeCssm cssm(kLabKey);
    const QString url = cssm.start();
    QJsonObject noTrust = m_harness.control({{QStringLiteral("cmd"), QStringLiteral("patchState")},
                                             {QStringLiteral("router"), QStringLiteral("pe1")},
                                             {QStringLiteral("trust"),
                                              QJsonObject {{QStringLiteral("installed"), QJsonValue()},
                                                           {QStringLiteral("standbyInstalled"), QJsonValue()}}}});
    QVERIFY(noTrust.value(QStringLiteral("ok")).toBool());
    const auto configured = m_harness.ssh(QStringLiteral("pe1"), {QStringLiteral("-T")},
                                          "configure\nlicense smart transport cslu\nlicense smart url cslu "
                                              + url.toUtf8() + "\ncommit\nend\n");
    QCOMPARE(configured.exitCode, 0);

    // CSSM refuses first: nothing changes on the router.
    cssm.failNextReport(QStringLiteral("Duplicate report"));
    const QByteArray before = stableState(QStringLiteral("pe1"));
    const Run refused = run(QStringLiteral("pe1"), QStringLiteral("license smart sync all"));
    QCOMPARE(refused.out, QStringLiteral("% Error: License smart sync failed: Duplicate report\n"));
    QCOMPARE(stableState(QStringLiteral("pe1")), before);

    const QList<qint64> expected = reportIds(QStringLiteral("pe1"), QStringLiteral("CLOSED"))
        + reportIds(QStringLiteral("pe1"), QStringLiteral("OPEN"));
    const Run synced = run(QStringLiteral("pe1"), QStringLiteral("license smart sync all"));
    QCOMPARE(synced.out, QString());
    QCOMPARE(synced.exitStatus, 0);
    QCOMPARE(cssm.badSignatures(), 0);
    QCOMPARE(cssm.verifiedReportIds(), expected);
    const QList<FakeCssm::Seen> seen = cssm.seen();
    QCOMPARE(seen.size(), 4); // refused report, report, OK_POLL poll, COMPLETE poll
    QCOMPARE(seen.at(1).path, QByteArray("/cslu/v1/pi/v2/devices/reportusage"));
    QCOMPARE(seen.at(1).requestingSystem, QByteArray("xrsim/pe1"));
    const QJsonObject report = seen.at(1)
                                   .body.value(QStringLiteral("data"))
                                   .toObject()
                                   .value(QStringLiteral("reports"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    QCOMPARE(report.value(QStringLiteral("hostname")).toString(), QStringLiteral("pe1"));
    QCOMPARE(report.value(QStringLiteral("trust_requests")).toArray().size(), 1);
    QCOMPARE(seen.at(3).path, QByteArray("/cslu/v1/pi/v2/accounts/poll"));
    QCOMPARE(seen.at(3).body.value(QStringLiteral("data")).toObject().value(QStringLiteral("poll_id")).toString(),
             QStringLiteral("18446744073709551557"));

    // Every reported id is acknowledged, trust came with the ACK, the push time is now.
    for (const qint64 id : expected)
        QVERIFY(reportIds(QStringLiteral("pe1"), QStringLiteral("ACK")).contains(id));
    const QJsonObject after = state(QStringLiteral("pe1"));
    const QJsonObject persisted = after.value(QStringLiteral("state")).toObject();
    const qint64 now = static_cast<qint64>(after.value(QStringLiteral("now")).toDouble());
    QVERIFY(std::llabs(static_cast<qint64>(persisted.value(QStringLiteral("reporting"))
                                               .toObject()
                                               .value(QStringLiteral("lastReportPush"))
                                               .toDouble())
                       - now)
            < 60);
    QVERIFY(persisted.value(QStringLiteral("trust")).toObject().value(QStringLiteral("activeInstalledAt")).toDouble()
            > 0);
    QVERIFY(persisted.value(QStringLiteral("trust")).toObject().value(QStringLiteral("standbyInstalledAt")).toDouble()
            > 0);
}

void TestXrsimLicensing::specificLicenseReservation()
{
    const QString host = QStringLiteral("slr1");
    QCOMPARE(run(host, QStringLiteral("license smart reservation request local")).exitStatus, 1);
    QCOMPARE(
        m_harness.ssh(host, {QStringLiteral("-T")}, "configure\nlicense smart reservation\ncommit\nend\n").exitCode, 0);
    const Run requested = run(host, QStringLiteral("license smart reservation request local"));
    QCOMPARE(requested.exitStatus, 0);
    const QRegularExpressionMatch code
        = QRegularExpression(QStringLiteral("^\\nEnter this request code in the Cisco Smart Software Manager portal:\\n"
                                            "(CC-ZNCS-5501-SE:FOC2118R24P-[A-Za-z0-9]{9}-[0-9A-F]{2})\\n$"))
              .match(requested.out);
    QVERIFY2(code.hasMatch(), qPrintable(requested.out));
    QCOMPARE(run(host, QStringLiteral("license smart reservation request local")).out, requested.out);
    const Run pending = run(host, QStringLiteral("show license reservation"));
    QVERIFY(pending.out.contains(
        QStringLiteral("License reservation: ENABLED\nOverall status:\n  Active: PID:NCS-5501-SE,SN:FOC2118R24P\n"
                       "      Reservation status: RESERVATION IN PROGRESS on ")));
    QVERIFY(pending.out.contains(QStringLiteral("      Request code: ") + code.captured(1) + QLatin1Char('\n')));

    const QList<QPair<QString, int>> entitlements {{QStringLiteral("ESS-SE-100G-RTU-1"), 4},
                                                   {QStringLiteral("ESS-ED-100G-SIA3"), 2}};
    QVERIFY(
        put(host, QStringLiteral("wrong.txt"),
            m_issuer.authorizationCode(QStringLiteral("NCS-5501-SE"), QStringLiteral("FOC0000XXXX"), entitlements)));
    const Run wrong = run(host, QStringLiteral("license smart reservation install file /harddisk:/wrong.txt"));
    QCOMPARE(wrong.out,
             QStringLiteral("Reservation install file failed: The Reservation Authorization Code does not match the "
                            "Reservation Request Code\n"));
    QCOMPARE(wrong.exitStatus, 1);

    const QByteArray authorization
        = m_issuer.authorizationCode(QStringLiteral("NCS-5501-SE"), QStringLiteral("FOC2118R24P"), entitlements);
    QVERIFY(put(host, QStringLiteral("AuthorizationCode_SN_FOC2118R24P.txt"), authorization));
    const Run installed = run(
        host, QStringLiteral("license smart reservation install file /harddisk:/AuthorizationCode_SN_FOC2118R24P.txt"));
    QCOMPARE(installed.exitStatus, 0);
    const QByteArray element = authorization.mid(authorization.indexOf("<authorizationCode>"),
                                                 authorization.indexOf("</authorizationCode>") + 20
                                                     - authorization.indexOf("<authorizationCode>"));
    const QByteArray routerKey = m_issuer.routerKey(QStringLiteral("PID:NCS-5501-SE,SN:FOC2118R24P"));
    const QString confirmation = QString::fromLatin1(LabIssuer::hmac(routerKey, "confirm|" + element).toHex().left(8));
    QCOMPARE(installed.out,
             QStringLiteral("Reservation install file successful\nLast Confirmation code %1\n").arg(confirmation));
    QVERIFY(run(host, QStringLiteral("show license status"))
                .out.contains(
                    QStringLiteral("License Reservation:\n  Status: REGISTERED - SPECIFIC LICENSE RESERVATION\n")));
    QVERIFY(run(host, QStringLiteral("show license summary"))
                .out.contains(QStringLiteral("(ESS-SE-100G-RTU-1)               2 AUTHORIZED\n")));
    const Run reserved = run(host, QStringLiteral("show license reservation"));
    QVERIFY(reserved.out.contains(QStringLiteral("  ESS_100G_RTU_1 (ESS-SE-100G-RTU-1):\n")));
    QVERIFY(reserved.out.contains(QStringLiteral("    Total reserved count: 4\n")));
    QCOMPARE(run(host, QStringLiteral("license smart reservation request local")).out,
             QStringLiteral("Already registered\n"));

    // Return: the confirmation is read from the exec channel's input.
    const Run declined = run(host, QStringLiteral("license smart reservation return local"), "no\n");
    QVERIFY(declined.out.contains(QStringLiteral("Do you want to continue? [yes/no]: ")));
    QVERIFY(!declined.out.contains(QStringLiteral("return code")));
    const Run returned = run(host, QStringLiteral("license smart reservation return local"), "yes\n");
    QCOMPARE(returned.exitStatus, 0);
    const QRegularExpressionMatch returnCode
        = QRegularExpression(QStringLiteral("Enter this return code in Cisco Smart Software Manager portal:\\n"
                                            "((?:[A-Za-z0-9]{6}-){8}[A-Za-z0-9]{3})\\n$"))
              .match(returned.out);
    QVERIFY2(returnCode.hasMatch(), qPrintable(returned.out));
    const QByteArray material
        = LabIssuer::hmac(routerKey, "return|PID:NCS-5501-SE,SN:FOC2118R24P|" + confirmation.toLatin1());
    const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QCOMPARE(returnCode.captured(1).at(0), QLatin1Char(alphabet[static_cast<quint8>(material.at(0)) % 62]));
    const Run after = run(host, QStringLiteral("show license reservation"));
    QVERIFY(after.out.contains(QStringLiteral("      Reservation status: NOT INSTALLED\n      Last return code: ")
                               + returnCode.captured(1)));
}

void TestXrsimLicensing::reservationCancel()
{
    const QString host = QStringLiteral("slr1");
    QCOMPARE(run(host, QStringLiteral("license smart reservation cancel local")).out,
             QStringLiteral("% Error: No reservation request is in progress\n"));
    QCOMPARE(run(host, QStringLiteral("license smart reservation request local")).exitStatus, 0);
    QCOMPARE(run(host, QStringLiteral("license smart reservation cancel local")).exitStatus, 0);
    QVERIFY(run(host, QStringLiteral("show license reservation"))
                .out.contains(QStringLiteral("      Reservation status: NOT INSTALLED\n")));
}

void TestXrsimLicensing::clockClosesReports()
{
    const QList<qint64> open = reportIds(QStringLiteral("pe2"), QStringLiteral("OPEN"));
    QCOMPARE(open.size(), 2);
    const QJsonObject jumped = m_harness.control(
        {{QStringLiteral("cmd"), QStringLiteral("advanceClock")}, {QStringLiteral("seconds"), 31 * 86400}});
    QVERIFY(jumped.value(QStringLiteral("ok")).toBool());
    const QList<qint64> closed = reportIds(QStringLiteral("pe2"), QStringLiteral("CLOSED"));
    QCOMPARE(closed, open); // closed at the push interval ...
    QCOMPARE(reportIds(QStringLiteral("pe2"), QStringLiteral("OPEN")),
             (QList<qint64> {open.last() + 1, open.last() + 2})); // ... and replaced
    const Run detail = run(QStringLiteral("pe2"), QStringLiteral("show license rum id %1 detail").arg(open.first()));
    QVERIFY(detail.out.contains(QStringLiteral("  State: CLOSED, State Change Reason: REPORTING\n")));
}

void TestXrsimLicensing::usageChangeClosesReport()
{
    const QList<qint64> open = reportIds(QStringLiteral("pe2"), QStringLiteral("OPEN"));
    const QJsonObject changed = m_harness.control({{QStringLiteral("cmd"), QStringLiteral("setUsage")},
                                                   {QStringLiteral("router"), QStringLiteral("pe2")},
                                                   {QStringLiteral("tag"), QStringLiteral("ESS-SE-100G-RTU-1")},
                                                   {QStringLiteral("count"), 7}});
    QVERIFY(changed.value(QStringLiteral("ok")).toBool());
    QVERIFY(run(QStringLiteral("pe2"), QStringLiteral("show license rum id %1 detail").arg(open.first()))
                .out.contains(QStringLiteral("State: CLOSED, State Change Reason: USAGE_CHANGE")));
    QVERIFY(run(QStringLiteral("pe2"), QStringLiteral("show license usage"))
                .out.contains(QStringLiteral("ESS_100G_RTU_1 (ESS-SE-100G-RTU-1):\n  Description: Essentials Software "
                                             "RTU License (per 100G) for Edge\n  Count: 7\n")));
    QCOMPARE(m_harness
                 .control({{QStringLiteral("cmd"), QStringLiteral("setUsage")},
                           {QStringLiteral("router"), QStringLiteral("pe2")},
                           {QStringLiteral("tag"), QStringLiteral("NOPE")},
                           {QStringLiteral("count"), 1}})
                 .value(QStringLiteral("error"))
                 .toString(),
             QStringLiteral("tag: router pe2 has no license with tag 'NOPE'"));
}

void TestXrsimLicensing::usageDriftsOverTime()
{
    auto changes = [this] {
        int count = 0;
        for (const QJsonValue &report : state(QStringLiteral("drift1"))
                                            .value(QStringLiteral("state"))
                                            .toObject()
                                            .value(QStringLiteral("reports"))
                                            .toArray())
            count += report.toObject().value(QStringLiteral("stateReason")).toString() == QLatin1String("USAGE_CHANGE")
                ? 1
                : 0;
        return count;
    };
    const int before = changes();
    QVERIFY(
        m_harness
            .control({{QStringLiteral("cmd"), QStringLiteral("advanceClock")}, {QStringLiteral("seconds"), 10 * 86400}})
            .value(QStringLiteral("ok"))
            .toBool());
    QVERIFY(changes() > before);
    const QJsonArray usage = state(QStringLiteral("drift1"))
                                 .value(QStringLiteral("state"))
                                 .toObject()
                                 .value(QStringLiteral("usage"))
                                 .toArray();
    const int count = usage.at(0).toObject().value(QStringLiteral("count")).toInt();
    QVERIFY(count >= 1 && count <= 50);
    QVERIFY(run(QStringLiteral("drift1"), QStringLiteral("show license usage"))
                .out.contains(QStringLiteral("  Count: %1\n").arg(count)));
}

void TestXrsimLicensing::clockRate()
{
    QCOMPARE(
        m_harness.control({{QStringLiteral("cmd"), QStringLiteral("setClockRate")}, {QStringLiteral("rate"), 86400}})
            .value(QStringLiteral("rate"))
            .toDouble(),
        86400.0);
    const qint64 start = static_cast<qint64>(
        m_harness.control({{QStringLiteral("cmd"), QStringLiteral("clock")}}).value(QStringLiteral("now")).toDouble());
    // A simulated day per second: a day goes by while the test waits.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_harness.control({{QStringLiteral("cmd"), QStringLiteral("clock")}}).value(QStringLiteral("now")).toDouble()
            > start + 86400,
        10000);
    QCOMPARE(m_harness.control({{QStringLiteral("cmd"), QStringLiteral("setClockRate")}, {QStringLiteral("rate"), 1}})
                 .value(QStringLiteral("rate"))
                 .toDouble(),
             1.0);
}

void TestXrsimLicensing::classicSmartLicensingOutput()
{
    const Run status = run(QStringLiteral("old1"), QStringLiteral("show license status"));
    QVERIFY(status.out.contains(QStringLiteral("\nSmart Licensing is ENABLED\n")));
    QVERIFY(status.out.contains(QStringLiteral("Registration:\n  Status: REGISTERED\n  Smart Account: BU A9000\n")));
    QVERIFY(status.out.contains(
        QStringLiteral("License Authorization:\n  Status: AUTHORIZED on Feb 28 2024 19:08:58 UTC\n")));
    QVERIFY(!status.out.contains(QStringLiteral("Smart Licensing Using Policy")));
    QVERIFY(run(QStringLiteral("old1"), QStringLiteral("show version"))
                .out.contains(QStringLiteral("Cisco IOS XR Software, Version 7.11.1\n")));
}

void TestXrsimLicensing::stateSurvivesRestart()
{
    const QJsonObject before = state(QStringLiteral("slr1")).value(QStringLiteral("state")).toObject();
    const QJsonObject pe2Before = state(QStringLiteral("pe2")).value(QStringLiteral("state")).toObject();
    const QString listing = run(QStringLiteral("pe2"), QStringLiteral("dir harddisk:")).out;
    QVERIFY(listing.contains(QStringLiteral(" usage.txt\n")));
    QVERIFY(m_harness.restart());
    QCOMPARE(
        state(QStringLiteral("slr1")).value(QStringLiteral("state")).toObject().value(QStringLiteral("reservation")),
        before.value(QStringLiteral("reservation")));
    const QJsonObject pe2After = state(QStringLiteral("pe2")).value(QStringLiteral("state")).toObject();
    QCOMPARE(pe2After.value(QStringLiteral("reports")), pe2Before.value(QStringLiteral("reports")));
    QCOMPARE(pe2After.value(QStringLiteral("policy")), pe2Before.value(QStringLiteral("policy")));
    QVERIFY(run(QStringLiteral("pe2"), QStringLiteral("dir harddisk:")).out.contains(QStringLiteral(" usage.txt\n")));
}

QTEST_GUILESS_MAIN(TestXrsimLicensing)
#include "tst_xrsim_licensing.moc"
