#include "ArchiveBuilder.h"
#include "TestSupport.h"
#include "formats/FileTypeDetector.h"
#include "formats/UploadBundleWriter.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using slp::FileKind;
using slp::FileTypeDetector;
using slp::test::ArchiveBuilder;

namespace {

QByteArray fixture(const QString &name)
{
    return slp::test::readFixture(u"formats/"_s + name);
}

QByteArray uploadBundle()
{
    const slp::Udi udi {u"NCS-5508"_s, u"FOX2210P1AB"_s, u"PID:NCS-5508,SN:FOX2210P1AB"_s};
    const auto bundle = slp::UploadBundleWriter::build({}, QDateTime::fromSecsSinceEpoch(1709150000, Qt::UTC),
                                                       {{u"r1"_s, udi, fixture(u"rum-ha-three-reports.xml"_s)}});
    return bundle.value().bytes;
}

} // namespace

class TestFileTypeDetector : public QObject
{
    Q_OBJECT

private slots:
    void detectsFromContent_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("codeText");

        QTest::newRow("rum") << fixture(u"rum-ha-three-reports.xml"_s) << int(FileKind::RumReport)
                             << u"RUM report file with 3 report(s)"_s << QString();
        QTest::newRow("rum with BOM") << "\xef\xbb\xbf" + fixture(u"rum-unicode.xml"_s) << int(FileKind::RumReport)
                                      << u"RUM report file with 1 report(s)"_s << QString();
        QTest::newRow("ack") << fixture(u"ack-with-policy.xml"_s) << int(FileKind::Ack) << u"ACK file"_s << QString();
        QTest::newRow("opaque ack") << fixture(u"ack-opaque.xml"_s) << int(FileKind::Ack) << u"ACK file"_s << QString();
        QTest::newRow("policy") << fixture(u"policy-custom.xml"_s) << int(FileKind::Policy) << u"policy file"_s
                                << QString();
        QTest::newRow("auth code") << fixture(u"authcode-ncs5501.xml"_s) << int(FileKind::SlrAuthorizationCode)
                                   << u"SLR authorization code"_s << QString();
        QTest::newRow("request code in router output")
            << QByteArray("Enter this request code in the Cisco Smart Software Manager portal:\r\n"
                          "CD-ZNCS-5501-SE:FOC2118R24P-AVYd1FABK-AC\r\n")
            << int(FileKind::SlrRequestCode) << u"SLR request code"_s << u"CD-ZNCS-5501-SE:FOC2118R24P-AVYd1FABK-AC"_s;
        QTest::newRow("return code") << QByteArray("CqaUPW-WSPYiq-ZNU2tK-LFkF8R-ZZhc4t-AJ3aLG-aR7j1p-sqvBGQ-N5o\n")
                                     << int(FileKind::SlrReturnCode) << u"SLR return code"_s
                                     << u"CqaUPW-WSPYiq-ZNU2tK-LFkF8R-ZZhc4t-AJ3aLG-aR7j1p-sqvBGQ-N5o"_s;
        QTest::newRow("confirmation code") << QByteArray(" 7b0fd9d2\n") << int(FileKind::SlrConfirmationCode)
                                           << u"SLR confirmation code"_s << u"7b0fd9d2"_s;
        QTest::newRow("csv") << QByteArray(
            "Hostname, Address,port,username,credential,tags,site\npe1,10.0.0.1,22,admin,lab,,zrh\n\n")
                             << int(FileKind::CsvInventory) << u"CSV inventory with 1 row(s)"_s << QString();
        QTest::newRow("upload bundle") << uploadBundle() << int(FileKind::UploadBundle)
                                       << u"upload bundle with 1 RUM report file(s)"_s << QString();
        QTest::newRow("ack bundle") << ArchiveBuilder()
                                           .file(u"ACK_UD_VA_1.tar.gz"_s,
                                                 ArchiveBuilder()
                                                     .file(u"ACK_NCS-5508_FOX2210P1AB.xml"_s,
                                                           fixture(u"ack-with-policy.xml"_s))
                                                     .finish())
                                           .finish()
                                    << int(FileKind::AckBundle) << u"ACK bundle with 1 ACK file(s)"_s << QString();
        QTest::newRow("plain tar ack bundle")
            << ArchiveBuilder(ArchiveBuilder::Compression::None).file(u"a.xml"_s, fixture(u"ack-opaque.xml"_s)).finish()
            << int(FileKind::AckBundle) << u"ACK bundle with 1 ACK file(s)"_s << QString();

        QTest::newRow("empty") << QByteArray(" \n") << int(FileKind::Unknown) << u"the file is empty"_s << QString();
        // Found by fuzz_detector: the second byte order mark is dropped by QString::fromUtf8.
        QTest::newRow("two byte order marks")
            << QByteArray("\xef\xbb\xbf\xef\xbb\xbf") << int(FileKind::Unknown) << u"the file is empty"_s << QString();
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\0\0",
                                              9)
                                << int(FileKind::Unknown) << u"binary data that is no tar.gz bundle"_s << QString();
        QTest::newRow("html") << QByteArray("<html><body/></html>") << int(FileKind::Unknown)
                              << u"XML with root element <html> is no licensing file"_s << QString();
        QTest::newRow("broken rum")
            << QByteArray("<smartLicense><RUMReport><![CDATA[{]]></RUMReport></smartLicense>") << int(FileKind::Unknown)
            << u"not a valid RUM report file: report #1 (line 1): report is not valid JSON (offset 1: unterminated object)"_s
            << QString();
        QTest::newRow("broken auth code")
            << QByteArray("<specificPLR><authorizationCode/></specificPLR>") << int(FileKind::Unknown)
            << u"not a valid SLR authorization code: <specificPLR> has no <signature>"_s << QString();
        QTest::newRow("hostile archive")
            << ArchiveBuilder().symlink(u"a.xml"_s, u"/etc/passwd"_s).finish() << int(FileKind::Unknown)
            << u"archive refused: archive: entry \"a.xml\" is a symbolic link to \"/etc/passwd\""_s << QString();
        QTest::newRow("archive of other files")
            << ArchiveBuilder().file(u"notes.txt"_s, "hello").finish() << int(FileKind::Unknown)
            << u"the archive holds neither RUM report files nor ACK files"_s << QString();
        QTest::newRow("eight hex digits inside prose")
            << QByteArray("Order 7b0fd9d2\nshipped") << int(FileKind::Unknown)
            << u"text that is no licensing XML, CSV inventory (header hostname,address,...) or SLR code"_s << QString();
        QTest::newRow("doctype")
            << QByteArray("<!DOCTYPE a [<!ENTITY x \"y\">]><smartLicense/>") << int(FileKind::Unknown)
            << u"XML that cannot be read: XML document type declaration (DOCTYPE) at line 1, column 30 is not allowed"_s
            << QString();
    }

    void detectsFromContent()
    {
        QFETCH(QByteArray, content);
        const slp::DetectedFile detected = FileTypeDetector::detect(content);
        QTEST(int(detected.kind), "kind");
        QTEST(detected.summary, "summary");
        QTEST(detected.codeText, "codeText");
    }

    void namesEveryKind()
    {
        QCOMPARE(slp::fileKindName(FileKind::UploadBundle), u"upload bundle"_s);
        QCOMPARE(slp::fileKindName(FileKind::CsvInventory), u"CSV inventory"_s);
        QCOMPARE(slp::fileKindName(FileKind::Unknown), u"unknown file"_s);
    }
};

QTEST_GUILESS_MAIN(TestFileTypeDetector)
#include "test_filetypedetector.moc"
