// slpctl trust / transport / slr as an admin runs them, against xrsim and cssmsim: the transport
// preview touches no router, bad values are refused before any router, the ID token read from
// standard input works and never lands in the database, --from-cssm --force, and an online SLR
// request, its codes (slr codes --json) and its return credited back in CSSM.
#include "DeviceFlowLab.h"
#include "SlpctlRunner.h"

#include "cssm/CssmClient.h"
#include "cssm/CssmResults.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace slp;
using namespace slp::test;

namespace {

const QString master = QStringLiteral("device-cli-master");

} // namespace

class TestDeviceFlowsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void transportDryRunTouchesNoRouter();
    void badValuesAreRefusedBeforeAnyRouter();
    void trustWithTheTokenOnStandardInput();
    void trustFromCssmWithForce();
    void slrOnlineRequestCodesAndReturn();

private:
    SlpctlRunner::Result slpctl(const QStringList &arguments, const QByteArray &input = {})
    {
        return m_slpctl.run(arguments, input);
    }
    QString cssmToken();

    DeviceFlowLab m_lab {5,
                         {{QStringLiteral("ESS-ED-100G-SIA3"), 100},
                          {QStringLiteral("ESS-SE-100G-RTU-1"), 100},
                          {QStringLiteral("ADV-SE-100G-RTU-1"), 100}}};
    QTemporaryDir m_dataDir;
    SlpctlRunner m_slpctl {m_dataDir.path(), master};
};

void TestDeviceFlowsCli::initTestCase()
{
    const QString problem = m_lab.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    SlpctlRunner::Result result
        = slpctl({QStringLiteral("credentials"), QStringLiteral("add"), QStringLiteral("lab"),
                  QStringLiteral("--username"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                 DeviceFlowLab::routerPassword().toUtf8());
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    result = slpctl({QStringLiteral("devices"), QStringLiteral("import"), QStringLiteral("-")},
                    m_lab.xrsim().inventoryCsv(QStringLiteral("lab")));
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    result = slpctl({QStringLiteral("refresh"), QStringLiteral("--all"), QStringLiteral("--accept-new-host-keys"),
                     QStringLiteral("--quiet")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QJsonObject ready = m_lab.cssmsim().ready();
    result = slpctl({QStringLiteral("cssm"), QStringLiteral("configure"), QStringLiteral("--base-url"),
                     ready.value(QStringLiteral("baseUrl")).toString(), QStringLiteral("--token-url"),
                     ready.value(QStringLiteral("tokenUrl")).toString(), QStringLiteral("--client-id"),
                     ready.value(QStringLiteral("clientId")).toString(), QStringLiteral("--ca-bundle"),
                     ready.value(QStringLiteral("caFile")).toString(), QStringLiteral("--proxy"),
                     QStringLiteral("none"), QStringLiteral("--smart-account-domain"),
                     QStringLiteral("lab.example.com"), QStringLiteral("--virtual-account-name"),
                     QString::fromLatin1(DeviceFlowLab::virtualAccount), QStringLiteral("--client-secret-stdin")},
                    m_lab.cssmsim().clientSecret() + '\n');
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
}

QString TestDeviceFlowsCli::cssmToken()
{
    CssmRequestJob *job = m_lab.cssm()->createIdToken(QStringLiteral("cli test"), 1, false);
    QSignalSpy finished(job, &CssmRequestJob::finished);
    if (!finished.wait(20000) || !job->error().ok())
        return {};
    return cssmresults::createdIdToken(job->json()).token;
}

void TestDeviceFlowsCli::transportDryRunTouchesNoRouter()
{
    const QJsonObject before = m_lab.routerState(QStringLiteral("r0001")).value(QStringLiteral("transport")).toObject();
    const SlpctlRunner::Result result = slpctl(
        {QStringLiteral("transport"), QStringLiteral("smart"), QStringLiteral("--url"),
         QStringLiteral("https://cssm.example.com/SmartTransport"), QStringLiteral("--vrf"), QStringLiteral("Mgmt"),
         QStringLiteral("--proxy"), QStringLiteral("none"), QStringLiteral("--dry-run"), QStringLiteral("r0001")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QCOMPARE(QString::fromUtf8(result.out),
             QStringLiteral("r0001:\n  configure\n  license smart transport smart\n"
                            "  license smart url smart https://cssm.example.com/SmartTransport\n"
                            "  http client vrf Mgmt\n  commit\n  end\n"));
    QCOMPARE(m_lab.routerState(QStringLiteral("r0001")).value(QStringLiteral("transport")).toObject(), before);
}

void TestDeviceFlowsCli::badValuesAreRefusedBeforeAnyRouter()
{
    SlpctlRunner::Result result = slpctl({QStringLiteral("transport"), QStringLiteral("smart"), QStringLiteral("--url"),
                                          QStringLiteral("ftp://cssm.example.com/x"), QStringLiteral("r0001")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("URL"), qPrintable(result.describe()));
    result = slpctl({QStringLiteral("transport"), QStringLiteral("cslu"), QStringLiteral("--vrf"),
                     QStringLiteral("Mgmt;reload"), QStringLiteral("r0001")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("VRF"), qPrintable(result.describe()));
    result = slpctl({QStringLiteral("transport"), QStringLiteral("callhome"), QStringLiteral("r0001")});
    QCOMPARE(result.exitCode, 2);
    // A token that would add a second command is refused, and its text is not repeated.
    result = slpctl({QStringLiteral("trust"), QStringLiteral("--token-stdin"), QStringLiteral("r0001")},
                    "abc|reload-secret-part\n");
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("ID token") && !result.err.contains("reload-secret-part"),
             qPrintable(result.describe()));
    result = slpctl({QStringLiteral("slr"), QStringLiteral("install"), QStringLiteral("r0001")});
    QCOMPARE(result.exitCode, 2);
}

void TestDeviceFlowsCli::trustWithTheTokenOnStandardInput()
{
    const QString token = cssmToken();
    QVERIFY(!token.isEmpty());
    const SlpctlRunner::Result result = slpctl(
        {QStringLiteral("trust"), QStringLiteral("--token-stdin"), QStringLiteral("r0005")}, token.toUtf8() + '\n');
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(result.out.contains("r0005: ok: r0005: trust code installed"), qPrintable(result.describe()));
    QVERIFY(m_lab.routerState(QStringLiteral("r0005"))
                .value(QStringLiteral("trust"))
                .toObject()
                .value(QStringLiteral("activeInstalledAt"))
                .toDouble()
            > 0);
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile database(m_slpctl.databasePath() + suffix);
        if (database.open(QIODevice::ReadOnly))
            QVERIFY2(!database.readAll().contains(token.toUtf8()), qPrintable(database.fileName()));
    }
}

void TestDeviceFlowsCli::trustFromCssmWithForce()
{
    SlpctlRunner::Result result
        = slpctl({QStringLiteral("trust"), QStringLiteral("--from-cssm"), QStringLiteral("r0001")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains("refused the ID token"), qPrintable(result.describe()));
    result = slpctl(
        {QStringLiteral("trust"), QStringLiteral("--from-cssm"), QStringLiteral("--force"), QStringLiteral("r0001")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
}

void TestDeviceFlowsCli::slrOnlineRequestCodesAndReturn()
{
    SlpctlRunner::Result result = slpctl(
        {QStringLiteral("slr"), QStringLiteral("request"), QStringLiteral("--online"), QStringLiteral("r0003")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(result.out.contains("reservation installed"), qPrintable(result.describe()));
    result
        = slpctl({QStringLiteral("slr"), QStringLiteral("codes"), QStringLiteral("r0003"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QJsonArray codes = QJsonDocument::fromJson(result.out).array();
    QStringList kinds;
    for (const QJsonValue &code : codes)
        kinds.append(code[QStringLiteral("kind")].toString());
    QCOMPARE(kinds,
             QStringList({QStringLiteral("request"), QStringLiteral("authorization"), QStringLiteral("confirmation")}));
    QVERIFY(codes.at(1)[QStringLiteral("code")].toString().startsWith(QLatin1String("<specificPLR>")));

    result = slpctl({QStringLiteral("slr"), QStringLiteral("return"), QStringLiteral("r0003")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(result.out.contains("credited back in CSSM"), qPrintable(result.describe()));
    result = slpctl({QStringLiteral("slr"), QStringLiteral("codes"), QStringLiteral("r0003")});
    QVERIFY2(result.out.contains("return"), qPrintable(result.describe()));
}

QTEST_GUILESS_MAIN(TestDeviceFlowsCli)
#include "test_device_flows_cli.moc"
