#include "TestSupport.h"
#include "formats/RumFileReader.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using slp::RumFileReader;
using slp::Udi;

namespace {

Udi udi(const QString &pid, const QString &serial)
{
    return Udi {pid, serial, u"PID:"_s + pid + u",SN:"_s + serial};
}

// The report JSON of the n-th CDATA section, cut out of the file bytes independently of the reader.
QByteArray cdataSection(const QByteArray &file, int index)
{
    qsizetype from = 0;
    for (int i = 0; i <= index; ++i) {
        from = file.indexOf("<![CDATA[", from);
        if (from < 0)
            return {};
        from += 9;
    }
    return file.mid(from, file.indexOf("]]>", from) - from);
}

// One valid report JSON with the fewest fields; the error cases each break one thing in it.
QByteArray minimalReport()
{
    return slp::test::readFixture(u"formats/rum-minimal-report.json"_s).trimmed();
}

QByteArray wrapReport(const QByteArray &reportJson)
{
    return "<smartLicense><RUMReport><![CDATA[" + reportJson + "]]></RUMReport></smartLicense>";
}

} // namespace

class TestRumFileReader : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryReportOfAnHaRouter()
    {
        const QByteArray bytes = slp::test::readFixture(u"formats/rum-ha-three-reports.xml"_s);
        const auto result = RumFileReader::read(bytes);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const slp::RumReportFile &file = result.value();

        QCOMPARE(file.reportIds(), (QList<qint64> {1614877395, 1614877396, 1614877397}));
        QCOMPARE(file.entitlementTags(),
                 (QStringList {u"regid.2021-05.com.cisco.ESSENTIALS_400G,1.0_0a5e1b2c-3d4e-4f50-9a1b-2c3d4e5f6a7b"_s,
                               u"regid.2021-05.com.cisco.ADVANTAGE_400G,1.0_1b6f2c3d-4e5f-4061-8b2c-3d4e5f6a7b8c"_s}));
        QCOMPARE(file.signingUdis(), (QList<Udi> {udi(u"NCS-5508"_s, u"FOX2210P1AB"_s)}));
        QCOMPARE(file.systemInfoHostname, u"core-rtr-01"_s);
        QCOMPARE(file.warnings, QStringList());

        const slp::RumReport &first = file.reports.at(0);
        QCOMPARE(first.line, 4);
        QCOMPARE(first.headerType, u"rum"_s);
        QCOMPARE(first.signingType, u"SHA256"_s);
        QCOMPARE(first.signatureKey, u"0x4e2a1c"_s);
        QCOMPARE(first.signatureValue, u"MEUCIQD00sig=="_s);
        QCOMPARE(first.payloadVersion, u"2.0"_s);
        QCOMPARE(first.assetName, u"NCS-5500"_s);
        QCOMPARE(first.instanceUdi.canonicalText(), u"PID:NCS-5508,SN:FOX2210P1AB"_s);
        QCOMPARE(first.softwareVersion, u"7.11.2"_s);
        QCOMPARE(first.haUdis,
                 (QList<Udi> {udi(u"NCS-5508"_s, u"FOX2210P1AB"_s), udi(u"NC55-RP-E"_s, u"FOC2234R0XY"_s)}));
        QCOMPARE(first.measurements.size(), 2);
        QCOMPARE(first.measurements.at(1).logTime, 1709150000);
        QCOMPARE(first.measurements.at(1).startTime, 1709136000);
        QCOMPARE(first.measurements.at(1).endTime, 1709150000);
        QCOMPARE(first.measurements.at(1).sampleInterval, 3500);
        QCOMPARE(first.measurements.at(1).numSamples, 4);
        QCOMPARE(first.measurements.at(1).valueType, u"COUNT"_s);
        QCOMPARE(first.measurements.at(1).count, 10);
        QCOMPARE(first.windowStart(), 1709049600);
        QCOMPARE(first.windowEnd(), 1709150000);
        QCOMPARE(first.maxCount(), 10);

        const slp::RumReport &third = file.reports.at(2);
        QCOMPARE(third.line, 6);
        QCOMPARE(third.measurements.at(1).metricName, u"TELEMETRY"_s);
        // TELEMETRY values are not entitlement counts.
        QCOMPARE(third.maxCount(), 12);

        for (int i = 0; i < 3; ++i)
            QCOMPARE(file.reports.at(i).rawJson, cdataSection(bytes, i));
        QVERIFY(first.payload.startsWith(
            R"({"version":"2.0","asset_identification":{"report_id":1614877395,"asset":{"name":"NCS-5500"})"));
    }

    void keepsEscapedAndUnicodePayloadByteForByte()
    {
        const QByteArray bytes = slp::test::readFixture(u"formats/rum-unicode.xml"_s);
        const auto result = RumFileReader::read(bytes);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const slp::RumReport &report = result.value().reports.at(0);

        // The signed bytes, written independently of the file: escapes and odd spacing untouched.
        QCOMPARE(report.payload, slp::test::readFixture(u"formats/rum-unicode.payload.json"_s));
        QCOMPARE(report.rawJson, cdataSection(bytes, 0));
        QCOMPARE(report.reportId, 1700000042);
        QCOMPARE(report.assetName, u"Router Zürich \"core\" 東京\\lab"_s);
        QCOMPARE(report.entitlementTag, u"regid.2021-05.com.cisco.NCS55A2_ADV,1.0_été"_s);
        QCOMPARE(report.measurements.at(0).count, 5);
        QCOMPARE(report.haUdis, QList<Udi>());
        QCOMPARE(result.value().systemInfoHostname, u"edge-zürich"_s);
    }

    void verifiesTheFileBelongsToTheDevice()
    {
        const QByteArray bytes = slp::test::readFixture(u"formats/rum-ha-three-reports.xml"_s);
        const auto file = RumFileReader::read(bytes).value();
        QCOMPARE(file.verifyBelongsTo(udi(u"NCS-5508"_s, u"FOX2210P1AB"_s)), QString());
        QCOMPARE(
            file.verifyBelongsTo(udi(u"NCS-5508"_s, u"FOX0000AAAA"_s)),
            u"report 1614877395 was signed by PID:NCS-5508,SN:FOX2210P1AB, not by device PID:NCS-5508,SN:FOX0000AAAA"_s);
        // Listing the signer as an HA member of the device is enough.
        QCOMPARE(file.verifyBelongsTo(udi(u"NCS-5508"_s, u"FOX0000AAAA"_s), {udi(u"NCS-5508"_s, u"FOX2210P1AB"_s)}),
                 QString());

        QByteArray tampered = bytes;
        const QByteArray instance
            = R"(\"instance\":{\"sudi\":{\"udi_pid\":\"NCS-5508\",\"udi_serial_number\":\"FOX2210P1AB\"}})";
        const qsizetype second = tampered.indexOf(instance, tampered.indexOf(instance) + 1);
        QVERIFY(second > 0);
        tampered.replace(second, instance.size(), QByteArray(instance).replace("FOX2210P1AB", "FOX9999ZZZZ"));
        const auto tamperedFile = RumFileReader::read(tampered);
        QVERIFY2(tamperedFile.ok(), qPrintable(tamperedFile.error()));
        QCOMPARE(tamperedFile.value().verifyBelongsTo(udi(u"NCS-5508"_s, u"FOX2210P1AB"_s)),
                 u"report 1614877396 describes PID:NCS-5508,SN:FOX9999ZZZZ, not device PID:NCS-5508,SN:FOX2210P1AB"_s);
    }

    void acceptsAFileWithoutReports()
    {
        const auto result = RumFileReader::read(
            "<smartLicense><smartLicenseSystemInfo><data>{}</data></smartLicenseSystemInfo></smartLicense>");
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result.value().reports.size(), 0);
        QCOMPARE(result.value().warnings, QStringList {u"the file holds no <RUMReport>"_s});
    }

    void keepsUnknownElementsAsWarnings()
    {
        const auto result = RumFileReader::read("<smartLicense>\n<futureBlock><x/></futureBlock><RUMReport><![CDATA["
                                                + minimalReport() + "]]></RUMReport></smartLicense>");
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result.value().warnings,
                 QStringList {u"unknown element <futureBlock> at line 2, column 13 ignored"_s});
        QCOMPARE(result.value().reports.at(0).reportId, 1000000001);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");

        const QByteArray report = minimalReport();
        QTest::newRow("doctype") << QByteArray(
            R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><smartLicense>&lol;</smartLicense>)")
                                 << u"XML document type declaration (DOCTYPE) at line 1, column 58 is not allowed"_s;
        QTest::newRow("latin1") << QByteArray(R"(<?xml version="1.0" encoding="ISO-8859-1"?><smartLicense/>)")
                                << u"XML declares encoding \"ISO-8859-1\"; licensing files must be UTF-8"_s;
        QTest::newRow("other root") << QByteArray("<html/>")
                                    << u"root element is <html>, a RUM report file starts with <smartLicense>"_s;
        QTest::newRow("empty") << QByteArray() << u"XML ends early (truncated file?) at line 1, column 0"_s;
        QTest::newRow("truncated") << QByteArray("<smartLicense><RUMReport><![CDATA[{")
                                   << u"XML ends early (truncated file?) at line 1, column 35"_s;
        QTest::newRow("no content") << QByteArray("<smartLicense/>")
                                    << u"<smartLicense> holds neither <RUMReport> nor <smartLicenseSystemInfo>"_s;
        QTest::newRow("ack file")
            << QByteArray("<smartLicense><smartLicenseRumAck><data/></smartLicenseRumAck></smartLicense>")
            << u"this is an ACK file (<smartLicenseRumAck> at line 1, column 34), not a RUM report file"_s;
        QTest::newRow("bad json") << wrapReport("{\"payload\":")
                                  << u"report #1 (line 1): report is not valid JSON (offset 11: unterminated object)"_s;
        QTest::newRow("no payload") << wrapReport("{\"header\":{}}")
                                    << u"report #1 (line 1): report has no \"payload\" string"_s;
        QTest::newRow("no sudi") << wrapReport(QByteArray(report).replace(
            R"("sudi":{"udi_pid":"P","udi_serial_number":"S"},)",
            "")) << u"report #1 (line 1): signature.sudi is missing or lacks udi_pid/udi_serial_number"_s;
        QTest::newRow("no report id") << wrapReport(QByteArray(report).replace(R"(\"report_id\":1000000001,)", ""))
                                      << u"report #1 (line 1): payload: meta.report_id is missing"_s;
        QTest::newRow("fractional id") << wrapReport(QByteArray(report).replace(
            "1000000001",
            "1000000001.5")) << u"report #1 (line 1): payload: asset_identification.report_id is not a whole number"_s;
        QTest::newRow("payload not json")
            << wrapReport(
                   R"({"payload":"nope","signature":{"sudi":{"udi_pid":"P","udi_serial_number":"S"},"value":"v"}})")
            << u"report #1 (line 1): payload is not valid JSON (offset 1: illegal value)"_s;
        QTest::newRow("lone surrogate") << wrapReport(R"({"payload":"\ud800"})")
                                        << u"report #1 (line 1): payload contains invalid Unicode escapes"_s;
        QTest::newRow("bad count") << wrapReport(QByteArray(report).replace(
            R"(\"measurements\":[])",
            R"(\"measurements\":[{\"log_time\":1,\"metric_name\":\"ENTITLEMENT\",\"start_time\":1,\"end_time\":2,\"sample_interval\":1,\"num_samples\":1,\"value\":{\"type\":\"COUNT\",\"value\":\"x\"}}])"))
                                   << u"report #1 (line 1): payload: measurements[0].value.value is not a whole number"_s;
        QTest::newRow("child element")
            << QByteArray("<smartLicense><RUMReport><b/></RUMReport></smartLicense>")
            << u"<RUMReport> must hold text only, found a child element at line 1, column 29"_s;
        QTest::newRow("second root") << QByteArray(
            "<smartLicense><smartLicenseSystemInfo/></smartLicense><smartLicense/>")
                                     << u"malformed XML at line 1, column 69: Extra content at end of document."_s;
        QTest::newRow("too large") << QByteArray(
            64 * 1024 * 1024 + 1,
            ' ') << u"file is 67108865 bytes, more than the 67108864 bytes allowed for a licensing file"_s;
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const auto result = RumFileReader::read(bytes);
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), error);
    }
};

QTEST_GUILESS_MAIN(TestRumFileReader)
#include "test_rumfilereader.moc"
