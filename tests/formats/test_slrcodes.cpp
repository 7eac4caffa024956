#include "formats/SlrConfirmationCode.h"
#include "formats/SlrRequestCode.h"
#include "formats/SlrReturnCode.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using slp::SlrConfirmationCode;
using slp::SlrRequestCode;
using slp::SlrReturnCode;

class TestSlrCodes : public QObject
{
    Q_OBJECT

private slots:
    void readsRequestCodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("pid");
        QTest::addColumn<QString>("serial");
        QTest::addColumn<QString>("nonce");
        QTest::addColumn<QString>("checksum");
        // The two codes of the reference guide; the PID itself contains dashes.
        QTest::newRow("NCS-5501-SE") << u"CD-ZNCS-5501-SE:FOC2118R24P-AVYd1FABK-AC"_s << u"D"_s << u"NCS-5501-SE"_s
                                     << u"FOC2118R24P"_s << u"AVYd1FABK"_s << u"AC"_s;
        QTest::newRow("NCS-55A2-MOD-S") << u"CC-ZNCS-55A2-MOD-S:FOC2245R05H-AVYd1FABK-45"_s << u"C"_s
                                        << u"NCS-55A2-MOD-S"_s << u"FOC2245R05H"_s << u"AVYd1FABK"_s << u"45"_s;
        QTest::newRow("two-letter version, spaces around")
            << u"  CAB-Z8201-32FH:FLM2501X0AB-Qw3Rt5Yu7-0f\r\n"_s << u"AB"_s << u"8201-32FH"_s << u"FLM2501X0AB"_s
            << u"Qw3Rt5Yu7"_s << u"0f"_s;
    }

    void readsRequestCodes()
    {
        QFETCH(QString, text);
        const auto code = SlrRequestCode::parse(text);
        QVERIFY2(code.ok(), qPrintable(code.error()));
        QCOMPARE(code.value().text, text.trimmed());
        QTEST(code.value().version, "version");
        QTEST(code.value().udi.pid, "pid");
        QTEST(code.value().udi.serial, "serial");
        QCOMPARE(code.value().udi.text, u"PID:"_s + code.value().udi.pid + u",SN:"_s + code.value().udi.serial);
        QTEST(code.value().nonce, "nonce");
        QTEST(code.value().checksum, "checksum");
    }

    void refusesMisshapedRequestCodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << u" "_s << u"request code is empty"_s;
        QTest::newRow("space inside") << u"CD-ZNCS-5501-SE:FOC 2118R24P-AVYd1FABK-AC"_s
                                      << u"request code contains ' ' at position 20"_s;
        QTest::newRow("injection") << u"CD-ZNCS;reload-AVYd1FABK-AC"_s
                                   << u"request code has no ':' between PID and serial number"_s;
        QTest::newRow("control char") << u"CD-ZNCS-5501\u0007"_s << u"request code contains U+0007 at position 13"_s;
        QTest::newRow("no dashes")
            << u"CDZNCS5501"_s
            << u"request code must look like C<version>-Z<PID>:<serial>-<9 characters>-<2 hex digits>"_s;
        QTest::newRow("bad prefix")
            << u"XD-ZNCS-5501-SE:FOC2118R24P-AVYd1FABK-AC"_s
            << u"request code must start with C and a version of one or two letters (found \"XD\")"_s;
        QTest::newRow("three-letter version")
            << u"CABC-ZNCS-5501-SE:FOC2118R24P-AVYd1FABK-AC"_s
            << u"request code must start with C and a version of one or two letters (found \"CABC\")"_s;
        QTest::newRow("no Z") << u"CD-NCS-5501-SE:FOC2118R24P-AVYd1FABK-AC"_s
                              << u"request code must have Z<PID>:<serial> after \"CD-\""_s;
        QTest::newRow("empty serial")
            << u"CD-ZNCS-5501-SE:-AVYd1FABK-AC"_s
            << u"request code holds no valid PID and serial number (found \"NCS-5501-SE:\")"_s;
        QTest::newRow("short nonce") << u"CD-ZNCS-5501-SE:FOC2118R24P-AVYd1FAB-AC"_s
                                     << u"request code part \"AVYd1FAB\" must be 9 letters or digits"_s;
        QTest::newRow("checksum not hex") << u"CD-ZNCS-5501-SE:FOC2118R24P-AVYd1FABK-AZ"_s
                                          << u"request code must end with 2 hexadecimal digits (found \"AZ\")"_s;
    }

    void refusesMisshapedRequestCodes()
    {
        QFETCH(QString, text);
        const auto code = SlrRequestCode::parse(text);
        QVERIFY(!code.ok());
        QTEST(code.error(), "error");
    }

    void checksConfirmationCodes()
    {
        QCOMPARE(SlrConfirmationCode::parse(u"7b0fd9d2\n").value().text, u"7b0fd9d2"_s);
        QCOMPARE(SlrConfirmationCode::parse(u"7B0FD9D2").value().text, u"7B0FD9D2"_s);
        QCOMPARE(SlrConfirmationCode::parse(u"7b0fd9d").error(),
                 u"confirmation code \"7b0fd9d\" must be 8 hexadecimal digits"_s);
        QCOMPARE(SlrConfirmationCode::parse(u"7b0fd9dg").error(),
                 u"confirmation code \"7b0fd9dg\" must be 8 hexadecimal digits"_s);
        QCOMPARE(SlrConfirmationCode::parse(u"").error(), u"confirmation code is empty"_s);
        QCOMPARE(SlrConfirmationCode::parse(u"7b0f`d9d2").error(),
                 u"confirmation code \"7b0f`d9d2\" must be 8 hexadecimal digits"_s);
    }

    void checksReturnCodes()
    {
        const QString good = u"CqaUPW-WSPYiq-ZNU2tK-LFkF8R-ZZhc4t-AJ3aLG-aR7j1p-sqvBGQ-N5o"_s;
        QCOMPARE(SlrReturnCode::parse(QString(u" "_s + good + u"\r\n"_s)).value().text, good);
        QCOMPARE(SlrReturnCode::parse(u"CqaUPW-WSPYiq-ZNU2tK-LFkF8R-ZZhc4t-AJ3aLG-aR7j1p-N5o").error(),
                 u"return code must be 9 dash-separated groups (8 of 6 characters and one of 3), found 8 group(s)"_s);
        QCOMPARE(SlrReturnCode::parse(u"CqaUPW-WSPYiq-ZNU2t-LFkF8R-ZZhc4t-AJ3aLG-aR7j1p-sqvBGQ-N5o").error(),
                 u"return code group 3 (\"ZNU2t\") must be 6 letters or digits"_s);
        QCOMPARE(SlrReturnCode::parse(u"CqaUPW-WSPYiq-ZNU2tK-LFkF8R-ZZhc4t-AJ3aLG-aR7j1p-sqvBGQ-N5oo").error(),
                 u"return code group 9 (\"N5oo\") must be 3 letters or digits"_s);
        QCOMPARE(SlrReturnCode::parse(u"CqaUPW-WSPYiq-ZNU2t_-LFkF8R-ZZhc4t-AJ3aLG-aR7j1p-sqvBGQ-N5o").error(),
                 u"return code group 3 (\"ZNU2t_\") must be 6 letters or digits"_s);
        QCOMPARE(SlrReturnCode::parse(u"CqaUPW WSPYiq").error(), u"return code contains ' ' at position 7"_s);
    }
};

QTEST_GUILESS_MAIN(TestSlrCodes)
#include "test_slrcodes.moc"
