// xrsim's fleet files: clear errors for broken files, the generator (deterministic, covering every
// licensing state) and what each generated profile looks like on the router.
#include "LibsshClient.h"
#include "TestSupport.h"
#include "XrsimHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace slp::xrsim::test;

namespace {
const QStringList FleetProfiles {
    QStringLiteral("healthy"),        QStringLiteral("due-soon"), QStringLiteral("overdue"),
    QStringLiteral("never-reported"), QStringLiteral("no-trust"), QStringLiteral("pending"),
    QStringLiteral("slr-installed"),  QStringLiteral("ha"),       QStringLiteral("unreachable")};
}

class TestXrsimFleet : public QObject
{
    Q_OBJECT

private slots:
    void brokenFleetFiles_data();
    void brokenFleetFiles();
    void badCommandLines_data();
    void badCommandLines();
    void generatorIsDeterministic();
    void generatedProfilesOnTheRouters();
    void demoLabFleet();

private:
    struct Outcome
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Outcome runXrsim(const QStringList &arguments);
    static QJsonObject generate(int count, int seed);
};

TestXrsimFleet::Outcome TestXrsimFleet::runXrsim(const QStringList &arguments)
{
    QProcess process;
    process.start(slp::test::builtExecutable(QStringLiteral("xrsim")), arguments);
    Outcome outcome;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return outcome;
    }
    outcome.exitCode = process.exitCode();
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

QJsonObject TestXrsimFleet::generate(int count, int seed)
{
    return QJsonDocument::fromJson(runXrsim({QStringLiteral("--generate"), QString::number(count),
                                             QStringLiteral("--seed"), QString::number(seed)})
                                       .out)
        .object();
}

void TestXrsimFleet::brokenFleetFiles_data()
{
    QTest::addColumn<QByteArray>("fleet");
    QTest::addColumn<QString>("message");
    const QByteArray router
        = R"({"hostname":"pe1","pid":"ASR-9006-AC","serial":"FOX1605GNAH","credentials":{"password":"x"})";
    QTest::newRow("not json") << QByteArray("{\"routers\": [") << QStringLiteral(": offset 13: ");
    QTest::newRow("no routers") << QByteArray("{}") << QStringLiteral(": routers: missing (required)");
    QTest::newRow("empty") << QByteArray(R"({"routers":[]})") << QStringLiteral(": routers: the fleet is empty");
    QTest::newRow("count type") << QByteArray(R"({"routers":[)" + router
                                              + R"(,"licenses":[{"name":"A","tag":"T","count":"two"}]}]})")
                                << QStringLiteral(": routers[0].licenses[0].count: expected an integer");
    QTest::newRow("typo") << QByteArray(R"({"routers":[)" + router + R"(,"hostnme":"x"}]})")
                          << QStringLiteral(": routers[0].hostnme: unknown field");
    QTest::newRow("twice") << QByteArray(R"({"routers":[)" + router + "}," + router + "}]}")
                           << QStringLiteral(": routers[1].hostname: 'pe1' is used twice");
    QTest::newRow("time")
        << QByteArray(R"({"routers":[)" + router + R"(,"reporting":{"lastAck":"yesterday"}}]})")
        << QStringLiteral(
               ": routers[0].reporting.lastAck: 'yesterday' is not a time (ISO 8601 UTC or now[+-]N{s,m,h,d})");
    QTest::newRow("credentials")
        << QByteArray(R"({"routers":[{"hostname":"pe1","pid":"ASR-9006-AC","serial":"FOX1605GNAH"}]})")
        << QStringLiteral(": routers[0].credentials: needs a password or at least one authorized key");
    QTest::newRow("serial") << QByteArray(
        R"({"routers":[{"hostname":"pe1","pid":"ASR-9006-AC","serial":"fox 1","credentials":{"password":"x"}}]})")
                            << QStringLiteral(": routers[0].serial: 'fox 1' is not a valid serial number");
    QTest::newRow("transport")
        << QByteArray(R"({"routers":[)" + router + R"(,"transport":{"type":"carrier-pigeon"}}]})")
        << QStringLiteral(": routers[0].transport.type: 'carrier-pigeon' is not one of: cslu, smart, off, callhome");
    QTest::newRow("key") << QByteArray(
        R"({"routers":[{"hostname":"pe1","pid":"ASR-9006-AC","serial":"FOX1605GNAH","credentials":{"authorizedKeys":["not a key"]}}]})")
                         << QStringLiteral(
                                "pe1: credentials.authorizedKeys: 'not a key' is not an OpenSSH public key line");
}

void TestXrsimFleet::brokenFleetFiles()
{
    QFETCH(QByteArray, fleet);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("fleet.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(fleet);
    file.close();
    const Outcome outcome = runXrsim({QStringLiteral("--fleet"), file.fileName(), QStringLiteral("--state-dir"),
                                      dir.filePath(QStringLiteral("state")), QStringLiteral("--ready-file"),
                                      dir.filePath(QStringLiteral("ready.json"))});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(QString::fromUtf8(outcome.err).contains(message), outcome.err.constData());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("ready.json"))));
}

void TestXrsimFleet::badCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList {}
                             << QStringLiteral("xrsim: --fleet and --state-dir are required (see --help)\n");
    QTest::newRow("port") << QStringList {QStringLiteral("--fleet"),     QStringLiteral("f"),
                                          QStringLiteral("--state-dir"), QStringLiteral("s"),
                                          QStringLiteral("--port"),      QStringLiteral("70000")}
                          << QStringLiteral("xrsim: --port 70000: expected 0..65535\n");
    QTest::newRow("rate") << QStringList {QStringLiteral("--fleet"),      QStringLiteral("f"),
                                          QStringLiteral("--state-dir"),  QStringLiteral("s"),
                                          QStringLiteral("--clock-rate"), QStringLiteral("-1")}
                          << QStringLiteral("xrsim: --clock-rate -1: expected a positive number\n");
    QTest::newRow("generate") << QStringList {QStringLiteral("--generate"), QStringLiteral("lots")}
                              << QStringLiteral("xrsim: --generate lots: expected a router count 1..100000\n");
}

void TestXrsimFleet::badCommandLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Outcome outcome = runXrsim(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QCOMPARE(QString::fromUtf8(outcome.err), message);
}

void TestXrsimFleet::generatorIsDeterministic()
{
    const QByteArray first
        = runXrsim({QStringLiteral("--generate"), QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("11")})
              .out;
    QCOMPARE(
        runXrsim({QStringLiteral("--generate"), QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("11")})
            .out,
        first);
    QVERIFY(
        runXrsim({QStringLiteral("--generate"), QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("12")})
            .out
        != first);
    const QJsonArray routers = QJsonDocument::fromJson(first).object().value(QStringLiteral("routers")).toArray();
    QCOMPARE(routers.size(), 40);
    QSet<QString> platforms;
    QSet<QString> versions;
    QSet<QString> hostnames;
    for (const QJsonValue &value : routers) {
        platforms.insert(value.toObject().value(QStringLiteral("pid")).toString());
        versions.insert(value.toObject().value(QStringLiteral("version")).toString());
        hostnames.insert(value.toObject().value(QStringLiteral("hostname")).toString());
    }
    QCOMPARE(hostnames.size(), 40);
    QVERIFY(platforms.size() >= 5);
    QVERIFY(versions.size() >= 4);
}

void TestXrsimFleet::generatedProfilesOnTheRouters()
{
    // Router i < 9 has profile i: healthy, due-soon, overdue, never-reported, no-trust, pending, slr-installed, ha,
    // unreachable.
    XrsimHarness harness;
    QVERIFY2(harness.start(generate(10, 5)), qPrintable(harness.log()));
    const QJsonArray routers = harness.ready().value(QStringLiteral("routers")).toArray();
    auto status = [&](int index) {
        const QJsonObject router = routers.at(index).toObject();
        LibsshClient client;
        if (!client.connect(router.value(QStringLiteral("address")).toString(),
                            router.value(QStringLiteral("port")).toInt())
            || !client.authenticatePassword(QStringLiteral("admin"), QStringLiteral("xrsim-lab")))
            return QString();
        return QString::fromUtf8(client.exec(QStringLiteral("show license all")).out);
    };
    auto deadline = [&](int index) {
        return static_cast<qint64>(
            harness
                .control({{QStringLiteral("cmd"), QStringLiteral("state")},
                          {QStringLiteral("router"), routers.at(index).toObject().value(QStringLiteral("hostname"))}})
                .value(QStringLiteral("nextAckDeadline"))
                .toDouble());
    };
    const qint64 now = static_cast<qint64>(
        harness.control({{QStringLiteral("cmd"), QStringLiteral("clock")}}).value(QStringLiteral("now")).toDouble());
    const QString healthy = status(0);
    QVERIFY2(healthy.contains(QStringLiteral("Status: AUTHORIZED"))
                 || healthy.contains(QStringLiteral("Registration:")),
             qPrintable(healthy));
    QVERIFY(deadline(0) == 0 || deadline(0) > now + 30 * 86400);
    QVERIFY(deadline(1) > now && deadline(1) < now + 11 * 86400); // due soon
    QVERIFY(deadline(2) != 0 && deadline(2) < now); // overdue
    QVERIFY(status(2).contains(QStringLiteral("Status: OUT-OF-COMPLIANCE")));
    QVERIFY(status(3).contains(QStringLiteral("  Last ACK received: <none>\n"))); // never reported
    QVERIFY(status(4).contains(QStringLiteral("Trust Code Installed: <none>\n"))); // no trust
    QVERIFY(status(5).contains(QStringLiteral("Status: PENDING"))); // pending
    QVERIFY(status(6).contains(QStringLiteral("Status: REGISTERED - SPECIFIC LICENSE RESERVATION"))); // SLR
    QVERIFY(status(7).contains(QStringLiteral("HA UDI List:"))); // HA
    QVERIFY(status(8).isEmpty()); // unreachable
    QCOMPARE(harness.stop(), 0);
}

void TestXrsimFleet::demoLabFleet()
{
    const QString path = qEnvironmentVariable("SLP_SOURCE_DIR") + QStringLiteral("/resources/demo-lab/fleet.json");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray content = file.readAll();
    // The README's regeneration command gives exactly this file.
    QCOMPARE(
        runXrsim({QStringLiteral("--generate"), QStringLiteral("24"), QStringLiteral("--seed"), QStringLiteral("3")})
            .out,
        content);
    const QJsonObject fleet = QJsonDocument::fromJson(content).object();
    QSet<QString> scenarios;
    for (const QJsonValue &router : fleet.value(QStringLiteral("routers")).toArray())
        scenarios.insert(router.toObject().value(QStringLiteral("description")).toString());
    QCOMPARE(scenarios, QSet<QString>(FleetProfiles.begin(), FleetProfiles.end()));
    XrsimHarness harness;
    QVERIFY2(harness.start(fleet), qPrintable(harness.log()));
    QCOMPARE(harness.ready().value(QStringLiteral("routers")).toArray().size(), 24);
    QCOMPARE(harness.stop(), 0);
}

QTEST_GUILESS_MAIN(TestXrsimFleet)
#include "tst_xrsim_fleet.moc"
