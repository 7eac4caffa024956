// The shared text machinery of core/parse: line normalisation, key/value splitting, command names,
// dates and time zones.
#include "ParseTestHelpers.h"

#include "parse/KeyValueSplit.h"
#include "parse/OutputNormaliser.h"
#include "parse/RouterDateTime.h"
#include "parse/ShowCommand.h"
#include "parse/TimeZoneOffsets.h"

#include <QtTest>

using namespace slp;
using slp::test::utc;

class TestTextReading : public QObject
{
    Q_OBJECT
private slots:
    void normaliserDropsEchoTimestampNoiseAndPrompt()
    {
        const NormalisedOutput output = OutputNormaliser::normalise(
            u"RP/0/RSP0/CPU0:asr9k#show license udi\r\nTue Mar 19 16:48:28.589 UTC\r\n   \r\n..!\r\n"
            u"UDI: PID:A,SN:B\r\n \t \r\n  HA UDI List:\r\n.\r\nRP/0/RSP0/CPU0:asr9k#\r\n");
        QCOMPARE(output.echoedCommand, QStringLiteral("show license udi"));
        QCOMPARE(output.echoLine, 1);
        QCOMPARE(output.lines.size(), size_t(2));
        QCOMPARE(output.lines[0].text, u"UDI: PID:A,SN:B");
        QCOMPARE(output.lines[0].number, 5);
        QCOMPARE(output.lines[0].indent, 0);
        QCOMPARE(output.lines[1].text, u"HA UDI List:");
        QCOMPARE(output.lines[1].number, 7);
        QCOMPARE(output.lines[1].indent, 2);
        QCOMPARE(output.followingLine, 9);
        QVERIFY(output.followingLines.isEmpty());
    }
    void normaliserErasesPagerWithBackspacesAndEscapes()
    {
        const NormalisedOutput output = OutputNormaliser::normalise(
            u"A: 1\n --More-- \b\b\b\b\b\b\b\b\b\b          \b\b\b\b\b\b\b\b\b\b\x1b[KB: 2\n--More--\nC: 3\x07\n");
        QCOMPARE(output.lines.size(), size_t(3));
        QCOMPARE(output.lines[1].text, u"B: 2");
        QCOMPARE(output.lines[1].number, 2);
        QCOMPARE(output.lines[2].text, u"C: 3");
        QCOMPARE(output.lines[2].number, 4);
    }
    void normaliserKeepsWhatFollowsASecondPrompt()
    {
        const NormalisedOutput output = OutputNormaliser::normalise(
            u"Router# show license summary\nX: 1\nRouter# show license usage\nA (B):\n  Count: 2\n");
        QCOMPARE(output.lines.size(), size_t(1));
        QCOMPARE(output.followingCommand, QStringLiteral("show license usage"));
        QCOMPARE(output.followingLine, 3);
        QCOMPARE(output.followingLines.size(), 2);
        QCOMPARE(output.followingLines[1].line, 5);
        QCOMPARE(output.followingLines[1].text, QStringLiteral("Count: 2"));
    }
    void normaliserDropsBannersOnlyBeforeTheOutput()
    {
        const NormalisedOutput output = OutputNormaliser::normalise(
            u"Load for five secs: 3%/0%; one minute: 4%\nTime source is NTP, 09:12:44.120 UTC Tue Nov 7 2023\n"
            u"Utility:\nLoad for five secs: kept\n");
        QCOMPARE(output.lines.size(), size_t(2));
        QCOMPARE(output.lines[1].text, u"Load for five secs: kept");
    }
    void promptLines()
    {
        QStringView typed;
        QVERIFY(OutputNormaliser::isPromptLine(u"RP/0/RSP0/CPU0:name#show license all", &typed));
        QCOMPARE(typed, u"show license all");
        QVERIFY(OutputNormaliser::isPromptLine(u"Router(config)#", &typed));
        QCOMPARE(typed, u"");
        QVERIFY(OutputNormaliser::isPromptLine(u"Router>show license udi", &typed));
        QVERIFY(!OutputNormaliser::isPromptLine(u"Last report file write: <none>", &typed));
        QVERIFY(!OutputNormaliser::isPromptLine(u"Cisco#1 router", &typed));
        QVERIFY(!OutputNormaliser::isPromptLine(u"#show", &typed));
    }
    void timestampLines()
    {
        QVERIFY(OutputNormaliser::isTimestampLine(u"Tue Mar 19 16:48:28.589 UTC"));
        QVERIFY(OutputNormaliser::isTimestampLine(u"Thu Feb  9 10:02:17.412 UTC"));
        QVERIFY(!OutputNormaliser::isTimestampLine(u"Smart Account: BU A9000 UTC"));
        QVERIFY(!OutputNormaliser::isTimestampLine(u"Tue Mar 19 16:48:28.589"));
    }
    void keyValueSplitKeepsColonsInValues()
    {
        KeyValueView field = splitKeyValue(u"Cslu address: http://192.0.2.1:8182/cslu/v1/pi");
        QVERIFY(field.hasColon);
        QCOMPARE(field.key, u"Cslu address");
        QCOMPARE(field.value, u"http://192.0.2.1:8182/cslu/v1/pi");
        field = splitKeyValue(u"0/RSP0/CPU0: Active:PID:ASR-9006-AC,SN:FOX1605GNAH");
        QCOMPARE(field.key, u"0/RSP0/CPU0");
        QCOMPARE(field.value, u"Active:PID:ASR-9006-AC,SN:FOX1605GNAH");
        field = splitKeyValue(u"Proxy:");
        QVERIFY(field.hasColon);
        QCOMPARE(field.value, u"");
        field = splitKeyValue(u"INSTALLED on Mar 19 2024 14:20:59 UTC");
        QVERIFY(!field.hasColon);
        QCOMPARE(field.key, u"INSTALLED on Mar 19 2024 14:20:59 UTC");
    }
    void severalFieldsOnOneLine()
    {
        FieldList fields = splitFields(u"Total: 70,  Purged: 0");
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields[0].key, u"Total");
        QCOMPARE(fields[0].value, u"70");
        QCOMPARE(fields[1].key, u"Purged");
        QCOMPARE(fields[1].value, u"0");
        fields = splitFields(u"Available to Report: 6  Collecting Data: 2");
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields[1].key, u"Collecting Data");
        QCOMPARE(fields[1].value, u"2");
        fields = splitFields(u"Metric Value: regid.2017-03.com.cisco.advantagek9,1.0_bd1da96e");
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields[0].value, u"regid.2017-03.com.cisco.advantagek9,1.0_bd1da96e");
        fields = splitFields(u"Start Time: Mar  5 2024 16:43:24 UTC, End Time: <none>");
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields[0].value, u"Mar  5 2024 16:43:24 UTC");
        QCOMPARE(fields[1].value, u"<none>");
    }
    void commandNames_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("command");
        QTest::newRow("status") << QStringLiteral("show license status") << int(ShowCommand::Status);
        QTest::newRow("abbreviated") << QStringLiteral("sh lic sum") << int(ShowCommand::Summary);
        QTest::newRow("usage filtered") << QStringLiteral("show license usage | include Count")
                                        << int(ShowCommand::Usage);
        QTest::newRow("all") << QStringLiteral("SHOW LICENSE ALL") << int(ShowCommand::All);
        QTest::newRow("udi") << QStringLiteral("show license udi") << int(ShowCommand::Udi);
        QTest::newRow("reservation") << QStringLiteral("sh license res") << int(ShowCommand::Reservation);
        QTest::newRow("platform summary")
            << QStringLiteral("show license platform summary") << int(ShowCommand::PlatformSummary);
        QTest::newRow("platform detail") << QStringLiteral("show lic plat det") << int(ShowCommand::PlatformDetail);
        QTest::newRow("rum all") << QStringLiteral("show license rum id all") << int(ShowCommand::RumIdAll);
        QTest::newRow("rum detail") << QStringLiteral("show license rum id 1711234502 detail")
                                    << int(ShowCommand::RumIdDetail);
        QTest::newRow("ambiguous s") << QStringLiteral("sh lic s") << -1;
        QTest::newRow("other command") << QStringLiteral("show running-config") << -1;
        QTest::newRow("tech") << QStringLiteral("show license tech") << -1;
        QTest::newRow("extra word") << QStringLiteral("show license status detail") << -1;
        QTest::newRow("rum without id") << QStringLiteral("show license rum id") << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void commandNames()
    {
        QFETCH(QString, typed);
        QFETCH(int, command);
        const std::optional<ShowCommand> read = showCommandFromText(typed);
        QCOMPARE(read ? int(*read) : -1, command);
        if (read)
            QCOMPARE(showCommandFromText(showCommandText(*read).replace(QLatin1String("<id>"), QLatin1String("1"))),
                     read);
    }
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("xr") << QStringLiteral("Mar 19 2024 14:20:59 UTC") << utc(2024, 3, 19, 14, 20, 59);
        QTest::newRow("xe") << QStringLiteral("Jan 10 20:56:02 2024 UTC") << utc(2024, 1, 10, 20, 56, 2);
        QTest::newRow("weekday") << QStringLiteral("Tue Mar 19 2024 16:43:24 UTC") << utc(2024, 3, 19, 16, 43, 24);
        QTest::newRow("time first") << QStringLiteral("16:48:28.589 UTC Tue Mar 19 2024")
                                    << utc(2024, 3, 19, 16, 48, 28, 589);
        QTest::newRow("est") << QStringLiteral("Feb 28 2024 14:08:58 est") << utc(2024, 2, 28, 19, 8, 58);
        QTest::newRow("pacific") << QStringLiteral("May 28 2024 11:08:58 pacific") << utc(2024, 5, 28, 19, 8, 58);
        QTest::newRow("IST") << QStringLiteral("Feb 29 00:50:44 2024 IST") << utc(2024, 2, 28, 19, 20, 44);
        QTest::newRow("numeric offset") << QStringLiteral("Jan 01 2024 01:30:00 +0130") << utc(2024, 1, 1, 0, 0, 0);
        QTest::newRow("UTC-offset") << QStringLiteral("Jan 01 2024 00:00:00 UTC-5") << utc(2024, 1, 1, 5, 0, 0);
        QTest::newRow("unsynced marker") << QStringLiteral("*Mar 1 2024 20:03:32.12 CET")
                                         << utc(2024, 3, 1, 19, 3, 32, 120);
        QTest::newRow("full month") << QStringLiteral("March 19 2024 14:20:59 GMT") << utc(2024, 3, 19, 14, 20, 59);
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const RouterDateTime::Reading reading = RouterDateTime::read(text);
        QVERIFY2(reading.error.isEmpty(), qPrintable(reading.error));
        QVERIFY(reading.value);
        QCOMPARE(*reading.value, expected);
        QCOMPARE(reading.value->timeSpec(), Qt::UTC);
    }
    void noneIsNoDateWithoutError()
    {
        for (const QString &text :
             {QStringLiteral("<none>"), QStringLiteral("<empty>"), QStringLiteral("None"), QStringLiteral("  ")}) {
            const RouterDateTime::Reading reading = RouterDateTime::read(text);
            QVERIFY(reading.noValue);
            QVERIFY(!reading.value);
            QCOMPARE(reading.error, QString());
        }
    }
    void badDatesSayWhy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        QTest::newRow("unknown zone") << QStringLiteral("Mar 29 2024 19:03:32 XYZT")
                                      << QStringLiteral("unknown time zone 'XYZT'");
        QTest::newRow("no zone") << QStringLiteral("Mar 29 2024 19:03:32") << QStringLiteral("no time zone");
        QTest::newRow("no such day") << QStringLiteral("Feb 30 2024 19:03:32 UTC") << QStringLiteral("no such day");
        QTest::newRow("month") << QStringLiteral("Foo 12 2024 19:03:32 UTC") << QStringLiteral("unknown month");
        QTest::newRow("time") << QStringLiteral("Mar 12 2024 25:03:32 UTC") << QStringLiteral("time is not HH:MM:SS");
        QTest::newRow("year") << QStringLiteral("Mar 12 1900 10:03:32 UTC") << QStringLiteral("out of range");
        QTest::newRow("trailing") << QStringLiteral("Mar 12 2024 10:03:32 UTC soon")
                                  << QStringLiteral("unexpected words");
        QTest::newRow("short") << QStringLiteral("Mar 12") << QStringLiteral("too short");
        QTest::newRow("fraction") << QStringLiteral("Mar 12 2024 10:03:32.x UTC") << QStringLiteral("HH:MM:SS");
    }
    void badDatesSayWhy()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        const RouterDateTime::Reading reading = RouterDateTime::read(text);
        QVERIFY(!reading.value);
        QVERIFY(!reading.noValue);
        QVERIFY2(reading.error.contains(why), qPrintable(reading.error));
        QVERIFY2(reading.error.contains(text.trimmed()), qPrintable(reading.error));
    }
    void timeZoneTable()
    {
        QCOMPARE(timeZoneOffsetSeconds(u"utc"), 0);
        QCOMPARE(timeZoneOffsetSeconds(u"EDT"), -4 * 3600);
        QCOMPARE(timeZoneOffsetSeconds(u"ist"), 5 * 3600 + 1800);
        QCOMPARE(timeZoneOffsetSeconds(u"NST"), -(3 * 3600 + 1800));
        QCOMPARE(timeZoneOffsetSeconds(u"-05:00"), -5 * 3600);
        QCOMPARE(timeZoneOffsetSeconds(u"GMT+8"), 8 * 3600);
        QCOMPARE(timeZoneOffsetSeconds(u"Mars"), std::nullopt);
        QCOMPARE(timeZoneOffsetSeconds(u"+99"), std::nullopt);
        QCOMPARE(timeZoneOffsetSeconds(u"+"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestTextReading)
#include "test_text_reading.moc"
