#include "ArchiveBuilder.h"
#include "TestSupport.h"
#include "formats/AckBundleReader.h"
#include "formats/OfflineBundleReader.h"
#include "formats/SafeArchiveReader.h"
#include "formats/UploadBundleReader.h"
#include "formats/UploadBundleWriter.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using slp::AckBundleReader;
using slp::Udi;
using slp::UploadBundleWriter;
using slp::test::ArchiveBuilder;

namespace {

Udi udi(const QString &pid, const QString &serial)
{
    return Udi {pid, serial, u"PID:"_s + pid + u",SN:"_s + serial};
}

const QDateTime createdAt = QDateTime(QDate(2024, 2, 28), QTime(19, 8, 58), Qt::UTC);

UploadBundleWriter::Account account()
{
    return {u"Example Corp"_s, u"1234567"_s, u"Core Routers"_s, u"89012"_s, u"SLP Console 0.1.0"_s};
}

QList<UploadBundleWriter::Device> twoDevicesAndAnEmptyOne()
{
    return {
        {u"core-rtr-01"_s, udi(u"NCS-5508"_s, u"FOX2210P1AB"_s),
         slp::test::readFixture(u"formats/rum-ha-three-reports.xml"_s)},
        {u"edge-zrh"_s, udi(u"NCS-55A2-MOD-S"_s, u"FOC2245R05H"_s),
         slp::test::readFixture(u"formats/rum-unicode.xml"_s)},
        {u"quiet"_s, udi(u"8201-32FH"_s, u"FLM2501X0AB"_s),
         "<smartLicense><smartLicenseSystemInfo><data>{}</data></smartLicenseSystemInfo></smartLicense>"},
    };
}

} // namespace

class TestOfflineBundles : public QObject
{
    Q_OBJECT

private slots:
    void buildsTheUploadBundle()
    {
        const auto bundle = UploadBundleWriter::build(account(), createdAt, twoDevicesAndAnEmptyOne());
        QVERIFY2(bundle.ok(), qPrintable(bundle.error()));
        QCOMPARE(bundle.value().fileName, u"UD_SA_20240228_190858.tar.gz"_s);
        QCOMPARE(bundle.value().innerFileName, u"UD_VA_20240228_190858.tar.gz"_s);
        QCOMPARE(bundle.value().entries.size(), 2);
        QCOMPARE(bundle.value().entries.at(0).hostname, u"core-rtr-01"_s);
        QCOMPARE(bundle.value().entries.at(0).memberName, u"RUM_NCS-5508_FOX2210P1AB.xml"_s);
        QCOMPARE(bundle.value().entries.at(0).reportIds, (QList<qint64> {1614877395, 1614877396, 1614877397}));
        QCOMPARE(bundle.value().entries.at(1).memberName, u"RUM_NCS-55A2-MOD-S_FOC2245R05H.xml"_s);
        QCOMPARE(bundle.value().entries.at(1).reportIds, QList<qint64> {1700000042});
        QCOMPARE(bundle.value().skipped,
                 QStringList {u"quiet (PID:8201-32FH,SN:FLM2501X0AB): the file holds no report"_s});

        // The layout, read with the archive reader alone.
        slp::SafeArchiveReader reader;
        const auto outer = reader.read(bundle.value().bytes, bundle.value().fileName);
        QVERIFY2(outer.ok(), qPrintable(outer.error()));
        QCOMPARE(outer.value().size(), 2);
        QCOMPARE(outer.value().at(0).path, u"manifest.mf"_s);
        QCOMPARE(outer.value().at(0).data,
                 QByteArray("Manifest-Version: 1.0\r\n"
                            "Created-By: SLP Console 0.1.0\r\n"
                            "Smart-Account: Example Corp\r\n"
                            "Smart-Account-ID: 1234567\r\n"
                            "Name: UD_VA_20240228_190858.tar.gz\r\n"
                            "Specification-VA: Core Routers\r\n"
                            "Specification-VA-ID: 89012\r\n"));
        QCOMPARE(outer.value().at(1).path, u"UD_VA_20240228_190858.tar.gz"_s);
        const auto inner = reader.read(outer.value().at(1).data, u"inner"_s);
        QVERIFY2(inner.ok(), qPrintable(inner.error()));
        QCOMPARE(inner.value().size(), 2);
        QCOMPARE(inner.value().at(0).path, u"RUM_NCS-5508_FOX2210P1AB.xml"_s);
        // Byte for byte what the router wrote.
        QCOMPARE(inner.value().at(0).data, twoDevicesAndAnEmptyOne().at(0).rumFile);
        QCOMPARE(inner.value().at(1).data, twoDevicesAndAnEmptyOne().at(1).rumFile);
    }

    void readsTheUploadBundleBack()
    {
        const auto bundle = UploadBundleWriter::build(account(), createdAt, twoDevicesAndAnEmptyOne());
        const auto contents = slp::UploadBundleReader::read(bundle.value().bytes, bundle.value().fileName);
        QVERIFY2(contents.ok(), qPrintable(contents.error()));
        QVERIFY(contents.value().manifest.has_value());
        QCOMPARE(contents.value().manifest->smartAccount, u"Example Corp"_s);
        QCOMPARE(contents.value().manifest->specificationVaId, u"89012"_s);
        QCOMPARE(contents.value().manifest->otherFields.size(), 0);
        QCOMPARE(contents.value().files.size(), 2);
        QCOMPARE(contents.value().files.at(1).path,
                 u"UD_VA_20240228_190858.tar.gz/RUM_NCS-55A2-MOD-S_FOC2245R05H.xml"_s);
        QCOMPARE(contents.value().files.at(1).rum.reports.at(0).payload,
                 slp::test::readFixture(u"formats/rum-unicode.payload.json"_s));
    }

    void savesTheBundleAtomically()
    {
        QTemporaryDir directory;
        const auto bundle = UploadBundleWriter::build(account(), createdAt, twoDevicesAndAnEmptyOne());
        const auto path = UploadBundleWriter::save(bundle.value(), directory.path());
        QVERIFY2(path.ok(), qPrintable(path.error()));
        QCOMPARE(path.value(), directory.filePath(u"UD_SA_20240228_190858.tar.gz"_s));
        QFile file(path.value());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bundle.value().bytes);
        QCOMPARE(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList {u"UD_SA_20240228_190858.tar.gz"_s});
        QCOMPARE(
            UploadBundleWriter::save(bundle.value(), directory.filePath(u"missing/dir"_s)).error(),
            directory.filePath(u"missing/dir/UD_SA_20240228_190858.tar.gz: cannot write: No such file or directory"_s));
    }

    void refusesAFileOfAnotherDevice()
    {
        auto devices = twoDevicesAndAnEmptyOne();
        devices[0].udi = udi(u"NCS-5508"_s, u"FOX0000AAAA"_s);
        QCOMPARE(
            UploadBundleWriter::build(account(), createdAt, devices).error(),
            u"core-rtr-01 (PID:NCS-5508,SN:FOX0000AAAA): report 1614877395 was signed by PID:NCS-5508,SN:FOX2210P1AB, "
            "not by device PID:NCS-5508,SN:FOX0000AAAA"_s);
        devices = twoDevicesAndAnEmptyOne();
        devices[1].rumFile = "<html/>";
        QCOMPARE(UploadBundleWriter::build(account(), createdAt, devices).error(),
                 u"edge-zrh (PID:NCS-55A2-MOD-S,SN:FOC2245R05H): root element is <html>, a RUM report file starts with "
                 "<smartLicense>"_s);
        devices = twoDevicesAndAnEmptyOne();
        devices[1].udi = udi(u"NCS 55A2"_s, u"FOC2245R05H"_s);
        QCOMPARE(UploadBundleWriter::build(account(), createdAt, devices).error(),
                 u"edge-zrh (PID:NCS 55A2,SN:FOC2245R05H): not a valid UDI"_s);
    }

    void namesASecondFileOfOneDeviceApart()
    {
        auto devices = twoDevicesAndAnEmptyOne();
        devices.append(devices.at(0));
        const auto bundle = UploadBundleWriter::build(account(), createdAt, devices);
        QVERIFY2(bundle.ok(), qPrintable(bundle.error()));
        QCOMPARE(bundle.value().entries.at(2).memberName, u"RUM_NCS-5508_FOX2210P1AB_2.xml"_s);
    }

    void readsTheAckBundleAndMatchesDevices()
    {
        const QByteArray ackWithUdi = slp::test::readFixture(u"formats/ack-with-policy.xml"_s);
        const QByteArray opaqueAck = slp::test::readFixture(u"formats/ack-opaque.xml"_s);
        const QByteArray foreignAck
            = R"(<smartLicense><smartLicenseRumAck><data>{"udi":"PID:ASR-9006-AC,SN:FOX1605GNAH"}</data></smartLicenseRumAck></smartLicense>)";
        const QByteArray inner = ArchiveBuilder()
                                     .file(u"ACK_NCS-5508_FOX2210P1AB.xml"_s, ackWithUdi)
                                     .file(u"ACK_NCS-55A2-MOD-S_FOC2245R05H.xml"_s, opaqueAck)
                                     .file(u"README.txt"_s, "Thank you for reporting.")
                                     .finish();
        const QByteArray bundle
            = ArchiveBuilder()
                  .file(u"manifest.mf"_s, "Manifest-Version: 1.0\nSmart-Account: Example Corp\nX-Extra: kept\n")
                  .file(u"ACK_UD_VA_20240301_120000.tar.gz"_s, inner)
                  .file(u"ACK_ASR-9006-AC_FOX1605GNAH.xml"_s, foreignAck)
                  .finish();
        const auto acks = AckBundleReader::read(bundle, u"ACK_UD_SA_20240301_120000.tar.gz"_s);
        QVERIFY2(acks.ok(), qPrintable(acks.error()));
        QCOMPARE(acks.value().manifest->smartAccount, u"Example Corp"_s);
        QCOMPARE(acks.value().manifest->otherFields, (QList<QPair<QString, QString>> {{u"X-Extra"_s, u"kept"_s}}));
        QCOMPARE(acks.value().entries.size(), 3);
        QCOMPARE(acks.value().entries.at(0).path, u"ACK_UD_VA_20240301_120000.tar.gz/ACK_NCS-5508_FOX2210P1AB.xml"_s);
        QCOMPARE(acks.value().entries.at(0).udiSource, slp::AckBundleEntry::UdiSource::Content);
        QCOMPARE(acks.value().entries.at(0).ack.rawFile, ackWithUdi);
        QCOMPARE(acks.value().entries.at(1).udiSource, slp::AckBundleEntry::UdiSource::FileName);
        QCOMPARE(acks.value().entries.at(1).udi->canonicalText(), u"PID:NCS-55A2-MOD-S,SN:FOC2245R05H"_s);
        QCOMPARE(acks.value().entries.at(2).path, u"ACK_ASR-9006-AC_FOX1605GNAH.xml"_s);
        QCOMPARE(acks.value().problems.size(), 1);
        QVERIFY(acks.value().problems.at(0).startsWith(
            u"ACK_UD_VA_20240301_120000.tar.gz/README.txt: not an ACK file: malformed XML at line 1, column 1"_s));

        const auto match
            = acks.value().matchDevices({udi(u"NCS-55A2-MOD-S"_s, u"FOC2245R05H"_s),
                                         udi(u"NCS-5508"_s, u"FOX2210P1AB"_s), udi(u"ASR-9901"_s, u"FOC1"_s)});
        QCOMPARE(match.acksPerDevice, (QList<QList<qsizetype>> {{1}, {0}, {}}));
        QCOMPARE(match.unmatched, QList<qsizetype> {2});
    }

    void trustsTheContentOverTheFileName()
    {
        const QByteArray bundle
            = ArchiveBuilder()
                  .file(u"ACK_NCS-5508_FOX9999ZZZZ.xml"_s, slp::test::readFixture(u"formats/ack-with-policy.xml"_s))
                  .finish();
        const auto acks = AckBundleReader::read(bundle, u"acks.tar.gz"_s);
        QVERIFY2(acks.ok(), qPrintable(acks.error()));
        QCOMPARE(acks.value().entries.at(0).udi->canonicalText(), u"PID:NCS-5508,SN:FOX2210P1AB"_s);
        QCOMPARE(
            acks.value().problems,
            QStringList {u"ACK_NCS-5508_FOX9999ZZZZ.xml: the file name says PID:NCS-5508,SN:FOX9999ZZZZ but the ACK is "
                         "for PID:NCS-5508,SN:FOX2210P1AB; the ACK's content wins"_s});
    }

    void refusesHostileAckBundles_data()
    {
        QTest::addColumn<QByteArray>("bundle");
        QTest::addColumn<QString>("error");
        const QByteArray ack = slp::test::readFixture(u"formats/ack-with-policy.xml"_s);
        QTest::newRow("escape in inner")
            << ArchiveBuilder()
                   .file(u"ACK_UD_VA_1.tar.gz"_s,
                         ArchiveBuilder().file(u"ok.xml"_s, ack).file(u"../../.bashrc"_s, "x").finish())
                   .finish()
            << u"ACK_UD_SA_1.tar.gz/ACK_UD_VA_1.tar.gz: entry \"../../.bashrc\" escapes the target folder (\"..\")"_s;
        QTest::newRow("symlink in outer")
            << ArchiveBuilder().file(u"a.xml"_s, ack).symlink(u"b.xml"_s, u"/etc/passwd"_s).finish()
            << u"ACK_UD_SA_1.tar.gz: entry \"b.xml\" is a symbolic link to \"/etc/passwd\""_s;
        QTest::newRow("two levels of nesting")
            << ArchiveBuilder()
                   .file(u"a.tar.gz"_s,
                         ArchiveBuilder().file(u"b.tar.gz"_s, ArchiveBuilder().file(u"c.xml"_s, ack).finish()).finish())
                   .finish()
            << u"ACK_UD_SA_1.tar.gz/a.tar.gz: entry \"b.tar.gz\" is an archive inside an inner archive"_s;
        QTest::newRow("2 GB member in inner")
            << ArchiveBuilder()
                   .file(u"ACK_UD_VA_1.tar.gz"_s,
                         ArchiveBuilder::headerClaiming(u"ACK_X_Y.xml"_s, 2LL << 30, ArchiveBuilder::Compression::Gzip))
                   .finish()
            << u"ACK_UD_SA_1.tar.gz/ACK_UD_VA_1.tar.gz: entry \"ACK_X_Y.xml\" claims 2147483648 bytes, more than the 64 MiB allowed for one file"_s;
        QTest::newRow("bad manifest")
            << ArchiveBuilder().file(u"manifest.mf"_s, "garbage").file(u"a.xml"_s, ack).finish()
            << u"ACK_UD_SA_1.tar.gz: manifest.mf line 1: expected \"Key: Value\""_s;
        QTest::newRow("no ack")
            << ArchiveBuilder().file(u"a.xml"_s, "<smartLicense/>").finish()
            << u"ACK_UD_SA_1.tar.gz: the bundle holds no ACK file (a.xml: not an ACK file: <smartLicense> holds no <smartLicenseRumAck>)"_s;
    }

    void refusesHostileAckBundles()
    {
        QFETCH(QByteArray, bundle);
        const auto acks = AckBundleReader::read(bundle, u"ACK_UD_SA_1.tar.gz"_s);
        QVERIFY(!acks.ok());
        QTEST(acks.error(), "error");
    }

    void readsBundlesMadeByAnotherTarImplementation()
    {
        // Fixtures written with Python's tarfile/gzip: the documented layouts, not our writer's bytes.
        const auto upload = slp::UploadBundleReader::read(slp::test::readFixture(u"formats/bundle-upload.tar.gz"_s),
                                                          u"bundle-upload.tar.gz"_s);
        QVERIFY2(upload.ok(), qPrintable(upload.error()));
        QCOMPARE(upload.value().manifest->name, u"UD_VA_20240301_120000.tar.gz"_s);
        QCOMPARE(upload.value().files.size(), 1);
        QCOMPARE(upload.value().files.at(0).rum.reportIds(), (QList<qint64> {1614877395, 1614877396, 1614877397}));

        const auto acks
            = AckBundleReader::read(slp::test::readFixture(u"formats/bundle-ack.tar.gz"_s), u"bundle-ack.tar.gz"_s);
        QVERIFY2(acks.ok(), qPrintable(acks.error()));
        QCOMPARE(acks.value().manifest->name, u"ACK_UD_VA_20240301_120000.tar.gz"_s);
        QCOMPARE(acks.value().problems, QStringList());
        const auto match = acks.value().matchDevices(
            {udi(u"NCS-5508"_s, u"FOX2210P1AB"_s), udi(u"NCS-55A2-MOD-S"_s, u"FOC2245R05H"_s)});
        QCOMPARE(match.acksPerDevice, (QList<QList<qsizetype>> {{0}, {1}}));
        QCOMPARE(match.unmatched, QList<qsizetype>());
    }

    void derivesUdisFromAckFileNames()
    {
        QCOMPARE(AckBundleReader::udiFromFileName(u"x/ACK_NCS-55A2-MOD-S_FOC2245R05H.xml"_s)->canonicalText(),
                 u"PID:NCS-55A2-MOD-S,SN:FOC2245R05H"_s);
        QCOMPARE(AckBundleReader::udiFromFileName(u"ACK_A_B_C.xml"_s)->canonicalText(), u"PID:A_B,SN:C"_s);
        QVERIFY(!AckBundleReader::udiFromFileName(u"ACK_NOSERIAL.xml"_s));
        QVERIFY(!AckBundleReader::udiFromFileName(u"RUM_NCS-5508_FOX2210P1AB.xml"_s));
        QVERIFY(!AckBundleReader::udiFromFileName(u"ACK_NCS 5508_FOX.xml"_s));
        QCOMPARE(AckBundleReader::fileNameFor(udi(u"NCS-5508"_s, u"FOX2210P1AB"_s)), u"ACK_NCS-5508_FOX2210P1AB.xml"_s);
        QCOMPARE(UploadBundleWriter::memberNameFor(udi(u"ASR-9K/RSP"_s, u"FOX1"_s)), u"RUM_ASR-9K_RSP_FOX1.xml"_s);
    }
};

QTEST_GUILESS_MAIN(TestOfflineBundles)
#include "test_offlinebundles.moc"
