// xrsim over real SSH: authentication, exec, interactive shell, host keys, ready file, restart.
#include "LibsshClient.h"
#include "XrsimHarness.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace slp::xrsim::test;

class TestXrsimSsh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void readyFileDescribesEveryRouter();
    void execWithPublicKey();
    void hostKeyMatchesReadyFile();
    void keyboardInteractivePassword();
    void passwordAuthThroughLibssh();
    void wrongCredentialsAreRefused();
    void unknownCommandExitStatus();
    void abbreviatedKeywords();
    void interactiveShellWithPty();
    void pagingStopsAtMore();
    void shellWithoutPty();
    void sftpRoundTripWithXrPaths();
    void sftpIsConfinedToTheRouter();
    void restartKeepsHostKeyAndState();

private:
    XrsimHarness m_harness;
};

void TestXrsimSsh::initTestCase()
{
    QVERIFY(!m_harness.publicKeyLine().isEmpty());
    const QJsonObject fleet
        = XrsimHarness::fleet({m_harness.basicRouter(QStringLiteral("pe1")),
                               m_harness.basicRouter(QStringLiteral("ncs1"),
                                                     {{QStringLiteral("pid"), QStringLiteral("NCS-5501-SE")},
                                                      {QStringLiteral("serial"), QStringLiteral("FOC2118R24P")}})});
    QVERIFY2(m_harness.start(fleet), qPrintable(m_harness.log()));
}

void TestXrsimSsh::cleanupTestCase()
{
    QCOMPARE(m_harness.stop(), 0);
}

void TestXrsimSsh::readyFileDescribesEveryRouter()
{
    const QJsonObject ready = m_harness.ready();
    QCOMPARE(ready.value(QStringLiteral("format")).toString(), QStringLiteral("xrsim-ready/1"));
    const QJsonArray routers = ready.value(QStringLiteral("routers")).toArray();
    QCOMPARE(routers.size(), 2);
    const QJsonObject pe1 = m_harness.routerEntry(QStringLiteral("pe1"));
    QCOMPARE(pe1.value(QStringLiteral("address")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(pe1.value(QStringLiteral("udi")).toString(), QStringLiteral("PID:ASR-9006-AC,SN:FOX1605GNAH"));
    QVERIFY(pe1.value(QStringLiteral("port")).toInt() > 0);
    QVERIFY(pe1.value(QStringLiteral("port")).toInt() != m_harness.port(QStringLiteral("ncs1")));
    QVERIFY(QRegularExpression(QStringLiteral("^SHA256:[A-Za-z0-9+/]{43}$"))
                .match(pe1.value(QStringLiteral("fingerprint")).toString())
                .hasMatch());
    QVERIFY(pe1.value(QStringLiteral("hostKey")).toString().startsWith(QLatin1String("ssh-ed25519 AAAA")));
}

void TestXrsimSsh::execWithPublicKey()
{
    const auto result = m_harness.ssh(QStringLiteral("pe1"), {QStringLiteral("show license status")});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'));
    QVERIFY(
        QRegularExpression(
            QStringLiteral("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} UTC$"))
            .match(lines.value(0))
            .hasMatch());
    QVERIFY(lines.contains(QStringLiteral("  Smart Account: BU A9000 As of Feb 28 2024 19:08:58 UTC")));
    QVERIFY(lines.contains(QStringLiteral("  Cslu address: http://192.0.2.1:8182/cslu/v1/pi")));
    QVERIFY(lines.contains(QStringLiteral("  Last ACK received: Feb 28 2024 19:08:58 UTC")));
    QVERIFY(lines.contains(QStringLiteral("Trust Code Installed: Jan 10 2024 20:56:02 UTC")));
    QVERIFY(!result.out.contains('\r'));
}

void TestXrsimSsh::hostKeyMatchesReadyFile()
{
    LibsshClient client;
    QVERIFY(client.connect(m_harness.address(QStringLiteral("ncs1")), m_harness.port(QStringLiteral("ncs1"))));
    QCOMPARE(client.serverFingerprint(),
             m_harness.routerEntry(QStringLiteral("ncs1")).value(QStringLiteral("fingerprint")).toString());
    QCOMPARE(client.serverBanner(), QStringLiteral("SSH-2.0-Cisco-2.0"));
}

void TestXrsimSsh::keyboardInteractivePassword()
{
    const auto result = m_harness.sshWithPassword(QStringLiteral("pe1"), QStringLiteral("lab-password"),
                                                  QStringLiteral("show license status"));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Smart Licensing Using Policy:\n  Status: ENABLED\n"));
}

void TestXrsimSsh::passwordAuthThroughLibssh()
{
    LibsshClient client;
    QVERIFY(client.connect(m_harness.address(QStringLiteral("pe1")), m_harness.port(QStringLiteral("pe1"))));
    QVERIFY2(client.authenticatePassword(QStringLiteral("admin"), QStringLiteral("lab-password")),
             qPrintable(client.error()));
    const auto first = client.exec(QStringLiteral("show license status"));
    QVERIFY(first.ok);
    QCOMPARE(first.exitStatus, 0);
    // A second channel on the same session, as the console does for each command.
    const auto second = client.exec(QStringLiteral("show licens stat"));
    QCOMPARE(second.exitStatus, 0);
    QVERIFY(second.out.contains("Usage Reporting:\n"));
}

void TestXrsimSsh::wrongCredentialsAreRefused()
{
    const auto wrongPassword
        = m_harness.sshWithPassword(QStringLiteral("pe1"), QStringLiteral("not-it"),
                                    QStringLiteral("show license status"), QStringLiteral("password"));
    QCOMPARE(wrongPassword.exitCode, 255);
    QVERIFY2(wrongPassword.err.contains("Permission denied (publickey,keyboard-interactive,password)."),
             wrongPassword.err.constData());

    LibsshClient client;
    QVERIFY(client.connect(m_harness.address(QStringLiteral("pe1")), m_harness.port(QStringLiteral("pe1"))));
    QVERIFY(!client.authenticatePassword(QStringLiteral("admin"), QStringLiteral("wrong")));
    QVERIFY(!client.authenticatePassword(QStringLiteral("root"), QStringLiteral("lab-password")));
}

void TestXrsimSsh::unknownCommandExitStatus()
{
    const auto result = m_harness.ssh(QStringLiteral("pe1"), {QStringLiteral("show licence status")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QByteArray("     ^\n% Invalid input detected at '^' marker.\n"));
    const auto incomplete = m_harness.ssh(QStringLiteral("pe1"), {QStringLiteral("show license")});
    QCOMPARE(incomplete.exitCode, 1);
    QCOMPARE(incomplete.out, QByteArray("% Incomplete command.\n"));
}

void TestXrsimSsh::abbreviatedKeywords()
{
    const auto result = m_harness.ssh(QStringLiteral("ncs1"), {QStringLiteral("sh lic status")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Account Information:\n"));
}

void TestXrsimSsh::interactiveShellWithPty()
{
    const QByteArray script = "terminal length 0\rshow license status\rconfigure\rend\rexit\r";
    const auto result = m_harness.ssh(QStringLiteral("pe1"), {QStringLiteral("-tt")}, script);
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.contains(QStringLiteral("RP/0/RSP0/CPU0:pe1#terminal length 0\r\n")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("RP/0/RSP0/CPU0:pe1#show license status\r\n")));
    QVERIFY(out.contains(QStringLiteral("\r\nUtility:\r\n  Status: DISABLED\r\n")));
    QVERIFY(out.contains(
        QStringLiteral("RP/0/RSP0/CPU0:pe1#configure\r\nRP/0/RSP0/CPU0:pe1(config)#end\r\nRP/0/RSP0/CPU0:pe1#exit")));
    QVERIFY(!out.contains(QStringLiteral("--More--")));
}

void TestXrsimSsh::pagingStopsAtMore()
{
    // Without `terminal length 0` a terminal pages; 'q' ends the listing.
    const QByteArray script = "show license status\rqexit\r";
    const auto result = m_harness.ssh(QStringLiteral("ncs1"), {QStringLiteral("-tt")}, script);
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    QCOMPARE(out.count(QStringLiteral(" --More-- ")), 1);
    QVERIFY(out.contains(QStringLiteral("Data Privacy:")));
    QVERIFY(!out.contains(QStringLiteral("Usage Reporting:")));
    QVERIFY(out.contains(QStringLiteral("RP/0/RP0/CPU0:ncs1#exit")));
}

void TestXrsimSsh::shellWithoutPty()
{
    const auto result
        = m_harness.ssh(QStringLiteral("ncs1"), {QStringLiteral("-T")}, "show license status\nshow bogus\n");
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY(!out.contains(QLatin1Char('\r')));
    QVERIFY(!out.contains(QStringLiteral("--More--")));
    QVERIFY(out.contains(QStringLiteral("RP/0/RP0/CPU0:ncs1#")));
    QVERIFY(out.contains(QStringLiteral("Usage Reporting:")));
    QVERIFY(out.contains(QStringLiteral("% Invalid input detected at '^' marker.")));
}

void TestXrsimSsh::sftpRoundTripWithXrPaths()
{
    QFile local(m_harness.path(QStringLiteral("AuthorizationCode.txt")));
    QVERIFY(local.open(QIODevice::WriteOnly));
    local.write("<specificPLR>payload</specificPLR>\n");
    local.close();
    const QByteArray batch = "pwd\nls /\nput " + local.fileName().toUtf8() + "\nmkdir /disk0:/codes\nput "
        + local.fileName().toUtf8() + " /disk0:/codes/copy.txt\nget /disk0:/codes/copy.txt "
        + m_harness.path(QStringLiteral("back.txt")).toUtf8() + "\nls -l /harddisk:\n";
    const auto result = m_harness.sftp(QStringLiteral("pe1"), batch);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Remote working directory: /harddisk:\n"));
    QVERIFY(result.out.contains("/bootflash:  /disk0:      /disk1:      /disk2:      /harddisk:"));
    QVERIFY(result.out.contains(" AuthorizationCode.txt\n"));
    QFile back(m_harness.path(QStringLiteral("back.txt")));
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), QByteArray("<specificPLR>payload</specificPLR>\n"));
    // The router sees the file where IOS XR would have it.
    const auto listing = m_harness.ssh(QStringLiteral("pe1"), {QStringLiteral("dir harddisk:")});
    QVERIFY(listing.out.startsWith("\nDirectory of /harddisk:\n\n"));
    QVERIFY(listing.out.contains(" 35 ") && listing.out.contains(" AuthorizationCode.txt\n"));
}

void TestXrsimSsh::sftpIsConfinedToTheRouter()
{
    QFile local(m_harness.path(QStringLiteral("escape.txt")));
    QVERIFY(local.open(QIODevice::WriteOnly));
    local.write("escape\n");
    local.close();
    const QByteArray stolen = m_harness.path(QStringLiteral("stolen")).toUtf8();
    const QByteArray batch = "-get /etc/passwd " + stolen
        + "1\n"
          "-get ../../../../etc/passwd "
        + stolen
        + "2\n"
          "-get /harddisk:/../../../host_keys.json "
        + stolen
        + "3\n"
          "-get /harddisk:/./../../state.json "
        + stolen
        + "4\n"
          "-put "
        + local.fileName().toUtf8()
        + " /harddisk:/../escape.txt\n"
          "-put "
        + local.fileName().toUtf8()
        + " /tmp/xrsim-escape.txt\n"
          "-symlink /etc/passwd /harddisk:/link\n"
          "-rename /harddisk:/AuthorizationCode.txt /harddisk:/../moved.txt\n"
          "-mkdir /newfs:\n"
          "-rm /harddisk:\n"
          "-cd /proc\n";
    const auto result = m_harness.sftp(QStringLiteral("pe1"), batch);
    QCOMPARE(result.exitCode, 0); // every failure was ignored by '-', none succeeded:
    for (int i = 1; i <= 4; ++i)
        QVERIFY(!QFile::exists(QString::fromUtf8(stolen) + QString::number(i)));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/xrsim-escape.txt")));
    QVERIFY(!QFile::exists(m_harness.stateDir() + QStringLiteral("/routers/pe1/escape.txt")));
    QVERIFY(!QFile::exists(m_harness.stateDir() + QStringLiteral("/routers/pe1/fs/escape.txt")));
    QVERIFY(!QFile::exists(m_harness.stateDir() + QStringLiteral("/routers/pe1/fs/harddisk/link")));
    QVERIFY(QFile::exists(m_harness.stateDir() + QStringLiteral("/routers/pe1/fs/harddisk/AuthorizationCode.txt")));
    const QString errors = QString::fromUtf8(result.err);
    QVERIFY2(errors.contains(QStringLiteral("File \"/etc/passwd\" not found.")), qPrintable(errors));
    QVERIFY(errors.contains(QStringLiteral("dest open \"/harddisk:/../escape.txt\": Permission denied")));
    QVERIFY(errors.contains(QStringLiteral("dest open \"/tmp/xrsim-escape.txt\": Permission denied")));
    QVERIFY2(errors.contains(QStringLiteral(
                 "rename \"/harddisk:/AuthorizationCode.txt\" to \"/harddisk:/../moved.txt\": Permission denied")),
             qPrintable(errors));
}

void TestXrsimSsh::restartKeepsHostKeyAndState()
{
    const QString before = m_harness.routerEntry(QStringLiteral("pe1")).value(QStringLiteral("fingerprint")).toString();
    QVERIFY(m_harness.restart());
    QCOMPARE(m_harness.routerEntry(QStringLiteral("pe1")).value(QStringLiteral("fingerprint")).toString(), before);
    // known_hosts from before the restart still matches: strict checking passes.
    const auto result = m_harness.ssh(QStringLiteral("pe1"), {QStringLiteral("show license status")}, {},
                                      {QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes")});
    QCOMPARE(result.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestXrsimSsh)
#include "tst_xrsim_ssh.moc"
