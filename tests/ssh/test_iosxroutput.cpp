#include "ssh/IosXrOutput.h"
#include "ssh/IosXrPrompt.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;
using slp::IosXrOutput;
using slp::IosXrPrompt;

class TestIosXrOutput : public QObject
{
    Q_OBJECT
private slots:
    void normalizeTurnsCrLfIntoLf() { QCOMPARE(IosXrOutput::normalize("a\r\nb\r\n"), u"a\nb\n"_s); }

    void normalizeDropsEscapesAndAppliesBackspaces()
    {
        QCOMPARE(IosXrOutput::normalize("\x1b[1mbold\x1b[0m x\bY\x1b]0;title\x07!"), u"bold Y!"_s);
        // Backspaces never eat into the previous line.
        QCOMPARE(IosXrOutput::normalize("ab\n\b\bc"), u"ab\nc"_s);
    }

    void normalizeTreatsLoneCrAsLineRestart()
    {
        // How IOS erases its pager marker: CR, blanks, CR, then the next line.
        QCOMPARE(IosXrOutput::normalize("line1\n --More-- \r          \rline2\n"), u"line1\nline2\n"_s);
    }

    void normalizeKeepsInvalidUtf8Visible()
    {
        QCOMPARE(IosXrOutput::normalize("a\xff"
                                        "b"),
                 u"a\uFFFDb"_s);
    }

    void anyBytesGiveCleanText()
    {
        // Garbage from a broken router must never crash the cleaner or leave control characters behind.
        QRandomGenerator random(4711);
        static const char alphabetBytes[] = "\r\n\b\x1b[];?#-More RP/0:x\xff\xc3\x07\x00";
        const QByteArray alphabet(alphabetBytes, sizeof alphabetBytes - 1);
        for (int round = 0; round < 3000; ++round) {
            QByteArray raw(int(random.bounded(200)), Qt::Uninitialized);
            for (char &byte : raw)
                byte
                    = random.bounded(4) == 0 ? char(random.bounded(256)) : alphabet.at(random.bounded(alphabet.size()));
            const QString cleaned = IosXrOutput::cleanShellOutput(IosXrOutput::normalize(raw), u"show x"_s);
            const QString exec = IosXrOutput::cleanExecOutput(raw);
            for (const QString &text : {cleaned, exec}) {
                QVERIFY2(!text.contains(u'\r') && !text.contains(u'\x1b') && !text.contains(u'\b'),
                         raw.toHex().constData());
            }
            IosXrPrompt::trailingPrompt(exec);
        }
    }

    void timestampLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("isTimestamp");
        QTest::newRow("guide") << u"Tue Mar 19 16:48:28.589 UTC"_s << true;
        QTest::newRow("no millis") << u"Wed Feb 28 19:18:52 UTC"_s << true;
        QTest::newRow("single digit day") << u"Mon Jan  5 01:02:03.004 CET"_s << true;
        QTest::newRow("spaces around") << u"  Tue Mar 19 16:48:28.589 UTC  "_s << true;
        QTest::newRow("date field") << u"Last ACK received: Feb 28 2024 19:08:58 UTC"_s << false;
        QTest::newRow("text") << u"Smart Licensing Status"_s << false;
        QTest::newRow("bad weekday") << u"Tux Mar 19 16:48:28.589 UTC"_s << false;
    }
    void timestampLines()
    {
        QFETCH(QString, line);
        QFETCH(bool, isTimestamp);
        QCOMPARE(IosXrOutput::isTimestampLine(line), isTimestamp);
    }

    void execOutputLosesOnlyTheLeadingTimestamp()
    {
        const QByteArray raw = "\r\nTue Mar 19 16:48:28.589 UTC\r\n \r\nAccount Information:\r\n"
                               "  Smart Account: BU A9000 As of Mar 19 2024 09:53:21 UTC\r\n";
        QCOMPARE(IosXrOutput::cleanExecOutput(raw),
                 u" \nAccount Information:\n  Smart Account: BU A9000 As of Mar 19 2024 09:53:21 UTC\n"_s);
        // Without a timestamp nothing but leading blank lines goes.
        QCOMPARE(IosXrOutput::cleanExecOutput("\nSmart Licensing is ENABLED\n"), u"Smart Licensing is ENABLED\n"_s);
        // A timestamp later in the output is data, not noise.
        QCOMPARE(IosXrOutput::cleanExecOutput("x\nTue Mar 19 16:48:28.589 UTC\n"),
                 u"x\nTue Mar 19 16:48:28.589 UTC\n"_s);
    }

    void shellOutputLosesEchoPromptAndTimestamp()
    {
        const QString transcript = u"show license summary\nTue Mar 19 16:48:28.589 UTC\n\nLicense Usage:\n"
                                   "  ESS_100G_RTU_1  (ESS-SE-100G-RTU-1)  2 AUTHORIZED\nRP/0/RSP0/CPU0:r1#"_s;
        QCOMPARE(IosXrOutput::cleanShellOutput(transcript, u"show license summary"_s),
                 u"\nLicense Usage:\n  ESS_100G_RTU_1  (ESS-SE-100G-RTU-1)  2 AUTHORIZED\n"_s);
    }

    void shellOutputKeepsFirstLineThatIsNotTheEcho()
    {
        QCOMPARE(IosXrOutput::cleanShellOutput(u"data line\nmore\nrouter#"_s, u"show x"_s), u"data line\nmore\n"_s);
    }

    void shellOutputDropsLeftoverPagerMarkers()
    {
        const QString transcript = u"show license usage\npage one\n --More-- \npage two\nRP/0/RP0/CPU0:r1#"_s;
        QCOMPARE(IosXrOutput::cleanShellOutput(transcript, u"show license usage"_s), u"page one\npage two\n"_s);
    }

    void prompts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("prompt");
        QTest::newRow("xr") << u"output\nRP/0/RSP0/CPU0:r1#"_s << u"RP/0/RSP0/CPU0:r1#"_s;
        QTest::newRow("trailing space") << u"\nRP/0/RP0/CPU0:xr-7.lab# "_s << u"RP/0/RP0/CPU0:xr-7.lab#"_s;
        QTest::newRow("config mode") << u"x\nRP/0/RSP0/CPU0:r1(config)#"_s << u"RP/0/RSP0/CPU0:r1(config)#"_s;
        QTest::newRow("plain") << u"Router#"_s << u"Router#"_s;
        QTest::newRow("complete line") << u"RP/0/RSP0/CPU0:r1#\n"_s << QString();
        QTest::newRow("comment in output") << u"x\n# comment"_s << QString();
        QTest::newRow("pound in text") << u"x\nchannel #"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void prompts()
    {
        QFETCH(QString, text);
        QFETCH(QString, prompt);
        QCOMPARE(IosXrPrompt::trailingPrompt(text), prompt);
    }

    void promptBaseIgnoresMode()
    {
        QCOMPARE(IosXrPrompt::baseOf(u"RP/0/RSP0/CPU0:r1(config-license)#"_s), u"RP/0/RSP0/CPU0:r1"_s);
        QCOMPARE(IosXrPrompt::baseOf(u"RP/0/RSP0/CPU0:r1#"_s), u"RP/0/RSP0/CPU0:r1"_s);
        QVERIFY(IosXrPrompt::endsWithPromptOf(u"a\nRP/0/RSP0/CPU0:r1(config)#"_s, u"RP/0/RSP0/CPU0:r1"_s));
        QVERIFY(!IosXrPrompt::endsWithPromptOf(u"a\nRP/0/RSP0/CPU0:r2#"_s, u"RP/0/RSP0/CPU0:r1"_s));
    }

    void confirmationQuestions()
    {
        QVERIFY(IosXrPrompt::endsWithQuestion(u"warning\nDo you want to continue? [yes/no]: "_s));
        QVERIFY(IosXrPrompt::endsWithQuestion(u"Proceed with reload? [confirm]"_s));
        QVERIFY(IosXrPrompt::endsWithQuestion(u"Continue? [Y/N]:"_s));
        QVERIFY(!IosXrPrompt::endsWithQuestion(u"Do you want to continue? [yes/no]: \nmore"_s));
        QVERIFY(!IosXrPrompt::endsWithQuestion(u"RP/0/RP0/CPU0:r1#"_s));
    }

    void pagerMarkers()
    {
        QVERIFY(IosXrPrompt::endsWithMorePrompt(u"line\n --More-- "_s));
        QVERIFY(IosXrPrompt::endsWithMorePrompt(u"line\n--More--"_s));
        QVERIFY(!IosXrPrompt::endsWithMorePrompt(u"line --More-- and text"_s));
        QVERIFY(IosXrPrompt::isMoreMarker(u" --More-- "_s));
        QVERIFY(!IosXrPrompt::isMoreMarker(u"More"_s));
    }
};

QTEST_GUILESS_MAIN(TestIosXrOutput)
#include "test_iosxroutput.moc"
