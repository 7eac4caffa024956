// xrsim's fault injection: each fault from the control channel and from the fleet file, seen from
// OpenSSH's ssh/sftp and from libssh, and the control channel's own error handling.
#include "LibsshClient.h"
#include "XrsimHarness.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>

using namespace slp::xrsim::test;

class TestXrsimFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void refusedAuthentication();
    void changedHostKey();
    void connectionRefused();
    void slowOutput();
    void stallMidOutput();
    void disconnectMidOutput();
    void garbageInOutput();
    void invalidInputForACommand();
    void fullDisk();
    void clockOffByHours();
    void faultsFromTheFleetFile();
    void controlChannelErrors();

private:
    bool setFaults(const QString &host, const QJsonObject &faults);
    LibsshClient::Exec exec(const QString &host, const QString &command, int timeoutMs = 15000);

    XrsimHarness m_harness;
};

bool TestXrsimFaults::setFaults(const QString &host, const QJsonObject &faults)
{
    return m_harness
        .control({{QStringLiteral("cmd"), QStringLiteral("setFaults")},
                  {QStringLiteral("router"), host},
                  {QStringLiteral("faults"), faults}})
        .value(QStringLiteral("ok"))
        .toBool();
}

LibsshClient::Exec TestXrsimFaults::exec(const QString &host, const QString &command, int timeoutMs)
{
    LibsshClient client;
    if (!client.connect(m_harness.address(host), m_harness.port(host))
        || !client.authenticatePassword(QStringLiteral("admin"), QStringLiteral("lab-password")))
        return {};
    return client.exec(command, {}, timeoutMs);
}

void TestXrsimFaults::initTestCase()
{
    const QJsonObject fleet = XrsimHarness::fleet({
        m_harness.basicRouter(QStringLiteral("r1")),
        m_harness.basicRouter(
            QStringLiteral("noisy"),
            {{QStringLiteral("serial"), QStringLiteral("FOX9999ZZZZ")},
             {QStringLiteral("faults"),
              QJsonObject {{QStringLiteral("garbage"), true},
                           {QStringLiteral("invalidCommands"), QJsonArray {QStringLiteral("show license all")}}}}}),
    });
    QVERIFY2(m_harness.start(fleet, {QStringLiteral("--bind-base"), QStringLiteral("127.0.30.1")}),
             qPrintable(m_harness.log()));
    QCOMPARE(m_harness.address(QStringLiteral("r1")), QStringLiteral("127.0.30.1"));
    QCOMPARE(m_harness.address(QStringLiteral("noisy")), QStringLiteral("127.0.30.2"));
}

void TestXrsimFaults::cleanupTestCase()
{
    QVERIFY2(m_harness.stop() == 0, qPrintable(m_harness.log()));
}

void TestXrsimFaults::cleanup()
{
    QVERIFY(setFaults(QStringLiteral("r1"), {}));
}

void TestXrsimFaults::refusedAuthentication()
{
    QCOMPARE(m_harness.ssh(QStringLiteral("r1"), {QStringLiteral("show license udi")}).exitCode, 0);
    QVERIFY(setFaults(QStringLiteral("r1"), {{QStringLiteral("refuseAuth"), true}}));
    const auto refused = m_harness.ssh(QStringLiteral("r1"), {QStringLiteral("show license udi")});
    QCOMPARE(refused.exitCode, 255);
    QVERIFY2(refused.err.contains("Permission denied (publickey,keyboard-interactive,password)."),
             refused.err.constData());
    LibsshClient client;
    QVERIFY(client.connect(m_harness.address(QStringLiteral("r1")), m_harness.port(QStringLiteral("r1"))));
    QVERIFY(!client.authenticatePassword(QStringLiteral("admin"), QStringLiteral("lab-password")));
}

void TestXrsimFaults::changedHostKey()
{
    QCOMPARE(m_harness.ssh(QStringLiteral("r1"), {QStringLiteral("show license udi")}).exitCode,
             0); // known_hosts learns the key
    QVERIFY(setFaults(QStringLiteral("r1"), {{QStringLiteral("hostKeyChanged"), true}}));
    const auto warned = m_harness.ssh(QStringLiteral("r1"), {QStringLiteral("show license udi")}, {},
                                      {QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
                                       QStringLiteral("-o"), QStringLiteral("LogLevel=ERROR")});
    QCOMPARE(warned.exitCode, 255);
    QVERIFY2(warned.err.contains("REMOTE HOST IDENTIFICATION HAS CHANGED"), warned.err.constData());
    LibsshClient client;
    QVERIFY(client.connect(m_harness.address(QStringLiteral("r1")), m_harness.port(QStringLiteral("r1"))));
    const QString published
        = m_harness.routerEntry(QStringLiteral("r1")).value(QStringLiteral("fingerprint")).toString();
    QVERIFY(client.serverFingerprint().startsWith(QLatin1String("SHA256:")));
    QVERIFY(client.serverFingerprint() != published);
    QVERIFY(setFaults(QStringLiteral("r1"), {}));
    LibsshClient again;
    QVERIFY(again.connect(m_harness.address(QStringLiteral("r1")), m_harness.port(QStringLiteral("r1"))));
    QCOMPARE(again.serverFingerprint(), published);
}

void TestXrsimFaults::connectionRefused()
{
    auto connectError = [this] {
        QTcpSocket socket;
        socket.connectToHost(m_harness.address(QStringLiteral("r1")),
                             static_cast<quint16>(m_harness.port(QStringLiteral("r1"))));
        return socket.waitForConnected(3000) ? QAbstractSocket::UnknownSocketError : socket.error();
    };
    QVERIFY(setFaults(QStringLiteral("r1"), {{QStringLiteral("connectionRefused"), true}}));
    // The listener closes within its next poll round.
    QTRY_COMPARE_WITH_TIMEOUT(connectError(), QAbstractSocket::ConnectionRefusedError, 5000);
    const auto refused = m_harness.ssh(QStringLiteral("r1"), {QStringLiteral("show license udi")});
    QCOMPARE(refused.exitCode, 255);
    QVERIFY(refused.err.contains("Connection refused"));
    QVERIFY(setFaults(QStringLiteral("r1"), {}));
    QTRY_COMPARE_WITH_TIMEOUT(connectError(), QAbstractSocket::UnknownSocketError, 5000);
    QCOMPARE(m_harness.ssh(QStringLiteral("r1"), {QStringLiteral("show license udi")}).exitCode, 0);
}

void TestXrsimFaults::slowOutput()
{
    const auto normal = exec(QStringLiteral("r1"), QStringLiteral("show license usage"));
    QVERIFY(normal.ok);
    QVERIFY(setFaults(QStringLiteral("r1"), {{QStringLiteral("slowOutputBytesPerSecond"), 4000}}));
    const auto slow = exec(QStringLiteral("r1"), QStringLiteral("show license usage"));
    QVERIFY(slow.ok);
    QCOMPARE(slow.exitStatus, 0);
    // Same text (after the timestamp line), trickling in small pieces of at most 200 bytes (4000 B/s in 50 ms ticks).
    QCOMPARE(slow.out.mid(slow.out.indexOf('\n')), normal.out.mid(normal.out.indexOf('\n')));
    QVERIFY(slow.chunks.size() >= 4);
    QCOMPARE(slow.chunks.first(), 200);
}

void TestXrsimFaults::stallMidOutput()
{
    QVERIFY(setFaults(QStringLiteral("r1"), {{QStringLiteral("stallAfterBytes"), 500}}));
    const auto stalled = exec(QStringLiteral("r1"), QStringLiteral("show license status"), 1500);
    QCOMPARE(stalled.out.size(), 500);
    QVERIFY(!stalled.eof); // the session is still up: the output just stopped
    QVERIFY(stalled.out.contains("\nUtility:\n  Status: DISABLED\n"));
}

void TestXrsimFaults::disconnectMidOutput()
{
    QVERIFY(setFaults(QStringLiteral("r1"), {{QStringLiteral("disconnectAfterBytes"), 300}}));
    // libssh reports the broken session (and may drop what it had buffered); OpenSSH shows exactly what arrived.
    const auto dropped = exec(QStringLiteral("r1"), QStringLiteral("show license status"));
    QVERIFY(!dropped.ok);
    QVERIFY(dropped.out.size() <= 300);
    const auto viaOpenSsh = m_harness.ssh(QStringLiteral("r1"), {QStringLiteral("show license status")});
    QCOMPARE(viaOpenSsh.exitCode, 255);
    QCOMPARE(viaOpenSsh.out.size(), 300);
    QVERIFY(viaOpenSsh.out.contains("\nUtility:\n  Status: DISABLED\n"));
}

void TestXrsimFaults::garbageInOutput()
{
    const auto noisy = exec(QStringLiteral("noisy"), QStringLiteral("show license summary"));
    QCOMPARE(noisy.exitStatus, 0);
    QVERIFY(noisy.out.contains(QByteArray("\x00\xff\xfe\x1b[?25l", 8)));
    QVERIFY(noisy.out.contains("License Usage:"));
    QVERIFY(!exec(QStringLiteral("r1"), QStringLiteral("show license summary")).out.contains('\x1b'));
}

void TestXrsimFaults::invalidInputForACommand()
{
    auto refused = exec(QStringLiteral("noisy"), QStringLiteral("show license all"));
    QCOMPARE(refused.exitStatus, 1);
    // This router also has line noise (PROTOCOL.md section 9): without it, the answer is IOS XR's.
    refused.out.replace(QByteArray("\x00\xff\xfe\x1b[?25l\x07\x80\x81\xc3\x28~\x7f\x1b]0;\x9b", 21), "");
    QCOMPARE(refused.out, QByteArray("^\n% Invalid input detected at '^' marker.\n"));
    QCOMPARE(exec(QStringLiteral("noisy"), QStringLiteral("show license udi")).exitStatus, 0);
    QVERIFY(setFaults(QStringLiteral("r1"),
                      {{QStringLiteral("invalidCommands"), QJsonArray {QStringLiteral("license smart save")}}}));
    QCOMPARE(exec(QStringLiteral("r1"), QStringLiteral("license smart save usage all x.txt")).out,
             QByteArray("^\n% Invalid input detected at '^' marker.\n"));
}

void TestXrsimFaults::fullDisk()
{
    QVERIFY(setFaults(QStringLiteral("r1"), {{QStringLiteral("diskFull"), true}}));
    const auto saved = exec(QStringLiteral("r1"), QStringLiteral("license smart save usage all harddisk:/usage.txt"));
    QCOMPARE(saved.exitStatus, 1);
    QCOMPARE(saved.out,
             QByteArray("% Error: Failed to write usage report to harddisk:/usage.txt: No space left on device\n"));
    QVERIFY(!QFile::exists(m_harness.stateDir() + QStringLiteral("/routers/r1/fs/harddisk/usage.txt")));
    QVERIFY(exec(QStringLiteral("r1"), QStringLiteral("dir harddisk:")).out.contains("kbytes total (0 kbytes free)"));
    QFile local(m_harness.path(QStringLiteral("upload.txt")));
    QVERIFY(local.open(QIODevice::WriteOnly));
    local.write("data\n");
    local.close();
    const auto upload
        = m_harness.sftp(QStringLiteral("r1"), "put " + local.fileName().toUtf8() + " /harddisk:/upload.txt\n");
    QVERIFY(upload.exitCode != 0);
    // OpenSSH's sftp prints the status code's text, as with a real sftp-server on a full disk.
    QVERIFY2(upload.err.contains("dest open \"/harddisk:/upload.txt\": Failure"), upload.err.constData());
    QVERIFY(setFaults(QStringLiteral("r1"), {}));
    QCOMPARE(exec(QStringLiteral("r1"), QStringLiteral("license smart save usage all harddisk:/usage.txt")).exitStatus,
             0);
}

void TestXrsimFaults::clockOffByHours()
{
    QVERIFY(setFaults(QStringLiteral("r1"), {{QStringLiteral("clockOffsetSeconds"), -7200}}));
    const qint64 labNow = static_cast<qint64>(
        m_harness.control({{QStringLiteral("cmd"), QStringLiteral("clock")}}).value(QStringLiteral("now")).toDouble());
    const QByteArray firstLine = exec(QStringLiteral("r1"), QStringLiteral("show clock")).out.split('\n').value(0);
    const QDateTime shown = QDateTime::fromString(
        QString::fromLatin1(firstLine.left(19)) + QStringLiteral(" ")
            + QString::number(QDateTime::fromSecsSinceEpoch(labNow, QTimeZone::utc()).date().year()),
        QStringLiteral("ddd MMM dd hh:mm:ss yyyy"));
    QVERIFY2(shown.isValid(), firstLine.constData());
    const qint64 difference = QDateTime(shown.date(), shown.time(), QTimeZone::utc()).toSecsSinceEpoch() - labNow;
    QVERIFY2(difference > -7200 - 120 && difference < -7200 + 120, qPrintable(QString::number(difference)));
}

void TestXrsimFaults::faultsFromTheFleetFile()
{
    const QJsonObject state = m_harness.control(
        {{QStringLiteral("cmd"), QStringLiteral("state")}, {QStringLiteral("router"), QStringLiteral("noisy")}});
    const QJsonObject faults = state.value(QStringLiteral("faults")).toObject();
    QCOMPARE(faults.value(QStringLiteral("garbage")).toBool(), true);
    QCOMPARE(faults.value(QStringLiteral("invalidCommands")).toArray(),
             QJsonArray {QStringLiteral("show license all")});
    QCOMPARE(faults.value(QStringLiteral("refuseAuth")).toBool(), false);
}

void TestXrsimFaults::controlChannelErrors()
{
    QCOMPARE(
        m_harness.control({{QStringLiteral("cmd"), QStringLiteral("fly")}}).value(QStringLiteral("error")).toString(),
        QStringLiteral("cmd: unknown command 'fly'"));
    QCOMPARE(m_harness
                 .control({{QStringLiteral("cmd"), QStringLiteral("state")},
                           {QStringLiteral("router"), QStringLiteral("nope")}})
                 .value(QStringLiteral("error"))
                 .toString(),
             QStringLiteral("router: no router named 'nope'"));
    const QJsonObject badFault
        = m_harness.control({{QStringLiteral("cmd"), QStringLiteral("setFaults")},
                             {QStringLiteral("router"), QStringLiteral("r1")},
                             {QStringLiteral("faults"),
                              QJsonObject {{QStringLiteral("slowOutputBytesPerSecond"), QStringLiteral("fast")}}}});
    QCOMPARE(badFault.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(badFault.value(QStringLiteral("error")).toString(),
             QStringLiteral("faults.slowOutputBytesPerSecond: expected an integer"));
    const QJsonObject typo
        = m_harness.control({{QStringLiteral("cmd"), QStringLiteral("setFaults")},
                             {QStringLiteral("router"), QStringLiteral("r1")},
                             {QStringLiteral("faults"), QJsonObject {{QStringLiteral("refuseAuthh"), true}}}});
    QVERIFY(
        typo.value(QStringLiteral("error")).toString().startsWith(QLatin1String("faults.refuseAuthh: unknown field")));
    QCOMPARE(
        m_harness.control({{QStringLiteral("cmd"), QStringLiteral("advanceClock")}, {QStringLiteral("seconds"), -5}})
            .value(QStringLiteral("error"))
            .toString(),
        QStringLiteral("seconds: expected a number of seconds between 0 and 20 years"));
    // Not JSON at all: the answer says so and the channel keeps serving.
    QTcpSocket socket;
    const QJsonObject control = m_harness.ready().value(QStringLiteral("control")).toObject();
    socket.connectToHost(QStringLiteral("127.0.0.1"),
                         static_cast<quint16>(control.value(QStringLiteral("port")).toInt()));
    QVERIFY(socket.waitForConnected(3000));
    socket.write("this is not json\n{\"cmd\":\"ping\"}\n");
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (received.count('\n') < 2 && timer.elapsed() < 5000) {
        socket.waitForReadyRead(100);
        received += socket.readAll();
    }
    const QList<QByteArray> replies = received.trimmed().split('\n');
    QCOMPARE(replies.size(), 2);
    QVERIFY(replies.at(0).startsWith("{\"error\":\"not a JSON object: "));
    QVERIFY2(QRegularExpression(QStringLiteral("^\\{\"liveConnections\":\\d+,\"ok\":true\\}$"))
                 .match(QString::fromUtf8(replies.at(1)))
                 .hasMatch(),
             replies.at(1).constData());
}

QTEST_GUILESS_MAIN(TestXrsimFaults)
#include "tst_xrsim_faults.moc"
