#include "TestSupport.h"
#include "formats/AckFileReader.h"
#include "formats/PolicyFileReader.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using slp::AckFileReader;
using slp::PolicyFileReader;

class TestAckFileReader : public QObject
{
    Q_OBJECT

private slots:
    void readsAnAckWithItsPolicy()
    {
        // xrsim-ack/1 (tests/sim/PROTOCOL.md section 5): base64 of a signed envelope.
        const QByteArray bytes = slp::test::readFixture(u"formats/ack-with-policy.xml"_s);
        const auto result = AckFileReader::read(bytes);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const slp::AckFile &ack = result.value();
        QCOMPARE(ack.rawFile, bytes);
        QVERIFY(ack.rawData.startsWith("eyJwYXlsb2FkIjoi"));
        QCOMPARE(ack.rawData.size(), 316);
        QVERIFY(ack.udi.has_value());
        QCOMPARE(ack.udi->canonicalText(), u"PID:NCS-5508,SN:FOX2210P1AB"_s);
        QCOMPARE(ack.acknowledgedReportIds, (QList<qint64> {1614877395, 1614877396, 1614877397}));
        QCOMPARE(ack.timestamp, std::optional<qint64>(1709236400));
        QVERIFY(ack.hasSignature);
        QVERIFY(ack.installsTrust);
        QVERIFY(ack.hasPolicy);
        QVERIFY(ack.carriesPolicy);
        QCOMPARE(ack.policyData.size(), 380);
        QCOMPARE(ack.notes, QStringList());
    }

    void keepsUnknownAckDataAndSaysTheUdiIsUnknown()
    {
        const QByteArray bytes = slp::test::readFixture(u"formats/ack-opaque.xml"_s);
        const auto result = AckFileReader::read(bytes);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result.value().rawFile, bytes);
        QCOMPARE(result.value().rawData, QByteArray("TWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcmsu"));
        QVERIFY(!result.value().udi.has_value());
        QCOMPARE(result.value().acknowledgedReportIds, QList<qint64>());
        QVERIFY(!result.value().timestamp.has_value());
        QVERIFY(!result.value().hasPolicy);
        QCOMPARE(result.value().notes,
                 QStringList {u"the ACK data is not in a form the console reads; UDI and report ids unknown"_s});
    }

    void readsPlainJsonDataInCssmSpelling()
    {
        const auto result = AckFileReader::read(
            R"(<smartLicense><smartLicenseRumAck><data>{"sudi":{"udi_pid":"NCS-55A2-MOD-S","udi_serial_number":"FOC2245R05H"},"acknowledged_report_ids":["1700000042"],"timestamp":1710000000123,"policy":{"name":"p"}}</data></smartLicenseRumAck></smartLicense>)");
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result.value().udi->canonicalText(), u"PID:NCS-55A2-MOD-S,SN:FOC2245R05H"_s);
        QCOMPARE(result.value().acknowledgedReportIds, QList<qint64> {1700000042});
        QCOMPARE(result.value().timestamp, std::optional<qint64>(1710000000));
        QVERIFY(!result.value().hasSignature);
        QVERIFY(!result.value().installsTrust);
        QVERIFY(!result.value().hasPolicy);
        QVERIFY(result.value().carriesPolicy);
    }

    void saysWhenTheDataNamesNoUdi()
    {
        const auto result = AckFileReader::read(
            R"(<smartLicense><smartLicenseRumAck><data>{"udi":"PID:x;reboot,SN:1","acknowledgedReportIds":["x"]}</data></smartLicenseRumAck></smartLicense>)");
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY(!result.value().udi.has_value());
        QCOMPARE(result.value().notes,
                 (QStringList {u"the ACK data names no UDI the console reads; UDI unknown"_s,
                               u"an acknowledged report id is not a whole number; ignored"_s}));
    }

    void refusesFilesThatAreNoAck_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("rum file") << slp::test::readFixture(u"formats/rum-ha-three-reports.xml"_s)
                                  << u"this is a RUM report file, not an ACK file"_s;
        QTest::newRow("policy only") << slp::test::readFixture(u"formats/policy-custom.xml"_s)
                                     << u"<smartLicense> holds no <smartLicenseRumAck>"_s;
        QTest::newRow("two acks") << QByteArray(
            "<smartLicense><smartLicenseRumAck/><smartLicenseRumAck/></smartLicense>")
                                  << u"second <smartLicenseRumAck> at line 1, column 56"_s;
        QTest::newRow("other root") << QByteArray("<specificPLR/>")
                                    << u"root element is <specificPLR>, expected <smartLicense>"_s;
        QTest::newRow("doctype") << QByteArray("<!DOCTYPE smartLicense SYSTEM \"file:///etc/passwd\"><smartLicense/>")
                                 << u"XML document type declaration (DOCTYPE) at line 1, column 51 is not allowed"_s;
        QTest::newRow("nested data") << QByteArray(
            "<smartLicense><smartLicenseRumAck><data><x/></data></smartLicenseRumAck></smartLicense>")
                                     << u"<data> must hold text only, found a child element at line 1, column 44"_s;
    }

    void refusesFilesThatAreNoAck()
    {
        QFETCH(QByteArray, bytes);
        const auto result = AckFileReader::read(bytes);
        QVERIFY(!result.ok());
        QTEST(result.error(), "error");
    }

    void readsAStandalonePolicy()
    {
        const QByteArray bytes = slp::test::readFixture(u"formats/policy-custom.xml"_s);
        const auto result = PolicyFileReader::read(bytes);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result.value().rawFile, bytes);
        QCOMPARE(result.value().data.size(), 380);
        QCOMPARE(result.value().name, u"Custom Policy"_s);
        QCOMPARE(result.value().udi->canonicalText(), u"PID:NCS-5508,SN:FOX2210P1AB"_s);
        QCOMPARE(PolicyFileReader::read(slp::test::readFixture(u"formats/ack-with-policy.xml"_s)).error(),
                 u"this is an ACK file (it holds <smartLicenseRumAck>), not a policy file"_s);
        const auto bare = PolicyFileReader::read(
            R"(<smartLicense><smartLicensePolicy><data>{"name":"Cisco default"}</data></smartLicensePolicy></smartLicense>)");
        QCOMPARE(bare.value().name, u"Cisco default"_s);
        QVERIFY(!bare.value().udi.has_value());
    }
};

QTEST_GUILESS_MAIN(TestAckFileReader)
#include "test_ackfilereader.moc"
