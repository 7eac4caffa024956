#include "TestSupport.h"
#include "formats/SlrAuthorizationCodeReader.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using slp::SlrAuthorizationCodeReader;

class TestSlrAuthorizationCode : public QObject
{
    Q_OBJECT

private slots:
    void readsOneCode()
    {
        const QByteArray bytes = slp::test::readFixture(u"formats/authcode-ncs5501.xml"_s);
        const auto result = SlrAuthorizationCodeReader::read(bytes);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result.value().size(), 1);
        const slp::SlrAuthorizationCode &code = result.value().at(0);
        QCOMPARE(code.rawXml, bytes);
        QCOMPARE(code.flag, u"A"_s);
        QCOMPARE(code.version, u"C"_s);
        QCOMPARE(code.piid, u"7f3b2c1e-9a4d-4e8b-b1c2-0d9e8f7a6b5c"_s);
        QCOMPARE(code.timestamp, u"1612456388042"_s);
        QCOMPARE(code.udi.pid, u"NCS-5501-SE"_s);
        QCOMPARE(code.udi.serial, u"FOC2118R24P"_s);
        QCOMPARE(code.udi.canonicalText(), u"PID:NCS-5501-SE,SN:FOC2118R24P"_s);
        QVERIFY(code.signature.startsWith(u"MEYCIQDk1zQ5"_s));
        QCOMPARE(code.signature.size(), 96);
        QCOMPARE(code.warnings, QStringList());
        QCOMPARE(code.entitlements.size(), 2);
        const slp::SlrEntitlement &first = code.entitlements.at(0);
        QCOMPARE(first.tag, u"regid.2021-05.com.cisco.ESSENTIALS_400G,1.0_0a5e1b2c-3d4e-4f50-9a1b-2c3d4e5f6a7b"_s);
        QCOMPARE(first.count, 4);
        QCOMPARE(first.startDate, u"2021-Feb-04 UTC"_s);
        QCOMPARE(first.endDate, u"2026-Feb-03 UTC"_s);
        QCOMPARE(first.licenseType, u"TERM"_s);
        QCOMPARE(first.displayName, u"Essentials 400G"_s);
        QCOMPARE(first.tagDescription, u"Essentials software for 400G ports"_s);
        QCOMPARE(code.entitlements.at(1).count, 2);
        QCOMPARE(code.entitlements.at(1).licenseType, u"PERPETUAL"_s);
        QCOMPARE(code.entitlements.at(1).endDate, QString());
    }

    void readsOneCodePerUdiOfAnHaRouter()
    {
        const QByteArray bytes = slp::test::readFixture(u"formats/authcode-ha-two-codes.txt"_s);
        const auto result = SlrAuthorizationCodeReader::read(bytes);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result.value().size(), 2);
        QCOMPARE(result.value().at(0).udi.canonicalText(), u"PID:NCS-5508,SN:FOX2210P1AB"_s);
        QCOMPARE(result.value().at(1).udi.canonicalText(), u"PID:NC55-RP-E,SN:FOC2234R0XY"_s);
        QCOMPARE(result.value().at(1).piid, u"b2"_s);
        QCOMPARE(result.value().at(1).warnings, QStringList {u"unknown element <entitlement><futureField> ignored"_s});
        // Each piece is kept as its own exact bytes, ready to go to its router.
        QCOMPARE(result.value().at(0).rawXml + '\n' + result.value().at(1).rawXml + '\n', bytes);
    }

    void refusesBadCodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        const QByteArray good = slp::test::readFixture(u"formats/authcode-ncs5501.xml"_s);
        QTest::newRow("empty") << QByteArray("\n") << u"the file is empty"_s;
        QTest::newRow("not xml") << QByteArray("CD-ZNCS-5501-SE:FOC2118R24P-AVYd1FABK-AC")
                                 << u"malformed XML at line 1, column 1: Start tag expected."_s;
        QTest::newRow("other root") << QByteArray(
            "<smartLicense/>") << u"root element is <smartLicense>, an authorization code starts with <specificPLR>"_s;
        QTest::newRow("bad udi") << QByteArray(good).replace("P:NCS-5501-SE,S:FOC2118R24P", "P:NCS 5501,S:x;reload")
                                 << u"<udi> \"P:NCS 5501,S:x;reload\" is not P:<pid>,S:<serial>"_s;
        QTest::newRow("no udi") << QByteArray(good).replace("<udi>P:NCS-5501-SE,S:FOC2118R24P</udi>", "")
                                << u"<specificPLR> has no <udi>"_s;
        QTest::newRow("no signature") << QByteArray(good).replace(
            good.mid(good.indexOf("<signature>"), good.indexOf("<udi>") - good.indexOf("<signature>")), "")
                                      << u"<specificPLR> has no <signature>"_s;
        QTest::newRow("bad count")
            << QByteArray(good).replace("<count>4</count>", "<count>four</count>")
            << u"<count> \"four\" of the entitlement at line 1, column 178 is not a whole number"_s;
        QTest::newRow("no tag") << QByteArray(good).replace(
            "<tag>regid.2021-05.com.cisco.ADVANTAGE_400G,1.0_1b6f2c3d-4e5f-4061-8b2c-3d4e5f6a7b8c</tag>", "")
                                << u"the entitlement at line 1, column 557 has no <tag>"_s;
        QTest::newRow("second code broken")
            << good + "\n<specificPLR><authorizationCode>"
            << u"authorization code #2: XML ends early (truncated file?) at line 2, column 32"_s;
        QTest::newRow("doctype") << QByteArray("<!DOCTYPE x [<!ENTITY a 'b'>]><specificPLR/>")
                                 << u"XML document type declaration (DOCTYPE) at line 1, column 30 is not allowed"_s;
    }

    void refusesBadCodes()
    {
        QFETCH(QByteArray, bytes);
        const auto result = SlrAuthorizationCodeReader::read(bytes);
        QVERIFY(!result.ok());
        QTEST(result.error(), "error");
    }
};

QTEST_GUILESS_MAIN(TestSlrAuthorizationCode)
#include "test_slrauthorizationcode.moc"
