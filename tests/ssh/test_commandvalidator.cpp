#include "ssh/CommandValueValidator.h"
#include "ssh/SshCommandRedactor.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using slp::CommandValueValidator;

class TestCommandValueValidator : public QObject
{
    Q_OBJECT
private slots:
    void routerFilePaths_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("plain") << u"usage.txt"_s << true << QString();
        QTest::newRow("device path") << u"/harddisk:/usage.txt"_s << true << QString();
        QTest::newRow("device no slash") << u"harddisk:slp/ack_r1.xml"_s << true << QString();
        QTest::newRow("space") << u"usage file.txt"_s << false << u"contains a space at position 6"_s;
        QTest::newRow("pipe") << u"a|b"_s << false << u"'|' (IOS XR reads it as an output pipe) at position 2"_s;
        QTest::newRow("semicolon") << u"a;reload"_s << false << u"';' at position 2"_s;
        QTest::newRow("newline") << u"a\nreload"_s << false << u"a line break at position 2"_s;
        QTest::newRow("question") << u"a?"_s << false << u"help request"_s;
        QTest::newRow("dotdot") << u"/harddisk:/../x"_s << false << u"contains '..'"_s;
        QTest::newRow("two colons") << u"a:b:c"_s << false << u"more than one ':'"_s;
        QTest::newRow("leading dash") << u"-f"_s << false << u"starts with '-'"_s;
        QTest::newRow("empty") << QString() << false << u"The file name is empty."_s;
        QTest::newRow("too long") << QString(256, u'a') << false << u"is 256 characters long; at most 255"_s;
        QTest::newRow("non ascii") << u"us\u00e4ge"_s << false << u"the character U+00E4 at position 3"_s;
    }
    void routerFilePaths()
    {
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QFETCH(QString, messagePart);
        const auto check = CommandValueValidator::routerFilePath(value);
        QCOMPARE(check.ok, ok);
        QCOMPARE(bool(check), ok);
        if (ok)
            QVERIFY(check.message.isEmpty());
        else
            QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));
    }

    void tokensAreNeverEchoed()
    {
        const QString token = u"SjczNAMwZWYtNTAzMS00NjKmLWJmMTQtMzM1YmRhZ"_s;
        QVERIFY(CommandValueValidator::idToken(token).ok);
        QVERIFY(CommandValueValidator::idToken(u"eyJhbGciOi.J9-_x+/="_s).ok);
        const auto bad = CommandValueValidator::idToken(token + u" all force"_s);
        QVERIFY(!bad.ok);
        QCOMPARE(bad.message,
                 u"The ID token contains a space at position 42; allowed are letters, digits, '+', "
                 "'/', '=', '_', '.' and '-'."_s);
        QVERIFY(!bad.message.contains(u"SjczNA"_s));
        QVERIFY(!CommandValueValidator::idToken(QString(4097, u'A')).ok);
    }

    void urls_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("cslu") << u"http://192.0.2.1:8182/cslu/v1/pi/SATELLITE9-1"_s << true << QString();
        QTest::newRow("smart") << u"https://smartreceiver.cisco.com/licservice/license"_s << true << QString();
        QTest::newRow("ipv6") << u"https://[2001:db8::1]:8443/x"_s << true << QString();
        QTest::newRow("no path") << u"https://onprem.example.com"_s << true << QString();
        QTest::newRow("ftp") << u"ftp://x/y"_s << false << u"must start with http:// or https://"_s;
        QTest::newRow("query") << u"https://x/y?a=b"_s << false << u"help request"_s;
        QTest::newRow("port range") << u"https://x:70000/"_s << false << u"the port '70000'"_s;
        QTest::newRow("empty port") << u"https://x:/"_s << false << u"empty port"_s;
        QTest::newRow("bad host") << u"https://-x-/y"_s << false << u"invalid name part 1"_s;
        QTest::newRow("space") << u"https://x/a b"_s << false << u"a space at position 12"_s;
        QTest::newRow("bad ipv6") << u"https://[zz::1]/"_s << false << u"invalid IPv6"_s;
        QTest::newRow("unclosed ipv6") << u"https://[2001:db8::1/"_s << false << u"closing ']'"_s;
    }
    void urls()
    {
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QFETCH(QString, messagePart);
        const auto check = CommandValueValidator::url(value);
        QCOMPARE(check.ok, ok);
        if (!ok)
            QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));
    }

    void vrfNames()
    {
        QVERIFY(CommandValueValidator::vrfName(u"Mgmt-intf"_s).ok);
        QVERIFY(CommandValueValidator::vrfName(u"vrf_1.a"_s).ok);
        QCOMPARE(CommandValueValidator::vrfName(u"-x"_s).message,
                 u"The VRF name '-x' must start with a letter or a digit."_s);
        QCOMPARE(
            CommandValueValidator::vrfName(u"a b"_s).message,
            u"The VRF name 'a b' contains a space at position 2; allowed are letters, digits, '_', '-' and '.'."_s);
        QVERIFY(!CommandValueValidator::vrfName(QString(33, u'v')).ok);
    }

    void hostnames()
    {
        QVERIFY(CommandValueValidator::hostname(u"proxy.example.com"_s).ok);
        QVERIFY(CommandValueValidator::hostname(u"192.0.2.1"_s).ok);
        QVERIFY(CommandValueValidator::hostname(u"2001:db8::1"_s).ok);
        QVERIFY(!CommandValueValidator::hostname(u"2001:db8::1%eth0"_s).ok);
        QVERIFY(!CommandValueValidator::hostname(u"a..b"_s).ok);
        QVERIFY(!CommandValueValidator::hostname(u"a_b.com"_s).ok);
        QVERIFY(!CommandValueValidator::hostname(u"x.-a.com"_s).ok);
        QVERIFY(!CommandValueValidator::hostname(QString(64, u'a') + u".com"_s).ok);
    }

    void commandTextForLogsHidesSecrets()
    {
        using slp::SshCommandRedactor;
        QCOMPARE(SshCommandRedactor::forDisplay(u"license smart trust idtoken SjczNAMwZWYt all force"_s),
                 u"license smart trust idtoken <redacted> all force"_s);
        QCOMPARE(SshCommandRedactor::forDisplay(u"username admin password  0 Pa55"_s),
                 u"username admin password  <redacted> Pa55"_s);
        QCOMPARE(SshCommandRedactor::forDisplay(u"show license status"_s), u"show license status"_s);
        QCOMPARE(SshCommandRedactor::forDisplay(u"license smart trust IDTOKEN"_s), u"license smart trust IDTOKEN"_s);
    }

    void words()
    {
        QVERIFY(CommandValueValidator::word(u"file1"_s).ok);
        QCOMPARE(CommandValueValidator::word(u"x!"_s, u"report name"_s).message,
                 u"The report name 'x!' contains '!' (IOS XR reads it as a comment) at position 2; allowed are "
                 "letters, digits, '_', '-' and '.'."_s);
        QVERIFY(!CommandValueValidator::word(u"-rf"_s).ok);
    }
};

QTEST_GUILESS_MAIN(TestCommandValueValidator)
#include "test_commandvalidator.moc"
