#include "ArchiveBuilder.h"
#include "formats/SafeArchiveReader.h"
#include "formats/TarGzWriter.h"

#include <QtTest>

#include <archive_entry.h>

using namespace Qt::StringLiterals;
using slp::ArchiveLimits;
using slp::SafeArchiveReader;
using slp::test::ArchiveBuilder;

namespace {

QString refusal(const QByteArray &archive, const ArchiveLimits &limits = {})
{
    SafeArchiveReader reader(limits);
    const auto result = reader.read(archive, u"bundle.tar.gz"_s);
    return result.ok() ? u"(accepted)"_s : result.error();
}

} // namespace

class TestSafeArchiveReader : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsWhatTheWriterWrote()
    {
        slp::TarGzWriter writer(QDateTime::fromSecsSinceEpoch(1709150000, Qt::UTC));
        QVERIFY(writer.addFile(u"manifest.mf"_s, "Manifest-Version: 1.0\n"));
        QVERIFY(writer.addFile(u"inner/RUM_NCS-5508_FOX2210P1AB.xml"_s, QByteArray(100000, 'x')));
        QVERIFY(writer.addFile(u"empty.txt"_s, QByteArray()));
        const auto archive = writer.finish();
        QVERIFY2(archive.ok(), qPrintable(archive.error()));
        QCOMPARE(archive.value().left(2), QByteArray("\x1f\x8b"));

        SafeArchiveReader reader;
        const auto members = reader.read(archive.value(), u"x.tar.gz"_s);
        QVERIFY2(members.ok(), qPrintable(members.error()));
        QCOMPARE(members.value().size(), 3);
        QCOMPARE(members.value().at(0).path, u"manifest.mf"_s);
        QCOMPARE(members.value().at(0).data, QByteArray("Manifest-Version: 1.0\n"));
        QCOMPARE(members.value().at(1).path, u"inner/RUM_NCS-5508_FOX2210P1AB.xml"_s);
        QCOMPARE(members.value().at(1).data, QByteArray(100000, 'x'));
        QCOMPARE(members.value().at(2).data, QByteArray());
        QCOMPARE(reader.bytesRead(), 100022);
        QCOMPARE(reader.entriesRead(), 3);
    }

    void normalisesHarmlessNames()
    {
        const QByteArray archive = ArchiveBuilder(ArchiveBuilder::Compression::None)
                                       .directory(u"./"_s)
                                       .directory(u"./acks/"_s)
                                       .file(u"./acks//./a.xml"_s, "a")
                                       .finish();
        const auto members = SafeArchiveReader().read(archive, u"plain.tar"_s);
        QVERIFY2(members.ok(), qPrintable(members.error()));
        QCOMPARE(members.value().size(), 1);
        QCOMPARE(members.value().at(0).path, u"acks/a.xml"_s);
        QCOMPARE(members.value().at(0).data, QByteArray("a"));

        // "." is fine as a directory, not as a file.
        const QByteArray fileWithoutName = ArchiveBuilder().file(u"."_s, "x").finish();
        QCOMPARE(refusal(fileWithoutName), u"bundle.tar.gz: entry \".\" names no file"_s);
    }

    void refusesHostileEntries_data()
    {
        QTest::addColumn<QByteArray>("archive");
        QTest::addColumn<QString>("error");
        const auto oneFile
            = [](const QString &name) { return ArchiveBuilder().file(u"ok.xml"_s, "ok").file(name, "x").finish(); };
        QTest::newRow("dot-dot") << oneFile(u"../evil.xml"_s)
                                 << u"bundle.tar.gz: entry \"../evil.xml\" escapes the target folder (\"..\")"_s;
        QTest::newRow("dot-dot inside")
            << oneFile(u"acks/../../evil.xml"_s)
            << u"bundle.tar.gz: entry \"acks/../../evil.xml\" escapes the target folder (\"..\")"_s;
        QTest::newRow("backslash dot-dot")
            << oneFile(u"acks\\..\\..\\evil.xml"_s)
            << u"bundle.tar.gz: entry \"acks\\..\\..\\evil.xml\" escapes the target folder (\"..\")"_s;
        QTest::newRow("absolute") << oneFile(u"/etc/cron.d/evil"_s)
                                  << u"bundle.tar.gz: entry \"/etc/cron.d/evil\" has an absolute path"_s;
        QTest::newRow("drive letter") << oneFile(u"C:\\Windows\\evil.dll"_s)
                                      << u"bundle.tar.gz: entry \"C:\\Windows\\evil.dll\" has an absolute path"_s;
        QTest::newRow("control character")
            << oneFile(u"a\nb.xml"_s)
            << u"bundle.tar.gz: entry \"a\nb.xml\" has control or undecodable characters in its name"_s;
        QTest::newRow("symlink") << ArchiveBuilder().symlink(u"ack.xml"_s, u"/etc/shadow"_s).finish()
                                 << u"bundle.tar.gz: entry \"ack.xml\" is a symbolic link to \"/etc/shadow\""_s;
        QTest::newRow("hardlink") << ArchiveBuilder().file(u"a.xml"_s, "a").hardlink(u"b.xml"_s, u"a.xml"_s).finish()
                                  << u"bundle.tar.gz: entry \"b.xml\" is a hard link to \"a.xml\""_s;
        QTest::newRow("character device") << ArchiveBuilder().special(u"null"_s, AE_IFCHR).finish()
                                          << u"bundle.tar.gz: entry \"null\" is a character device"_s;
        QTest::newRow("block device") << ArchiveBuilder().special(u"sda"_s, AE_IFBLK).finish()
                                      << u"bundle.tar.gz: entry \"sda\" is a block device"_s;
        QTest::newRow("fifo") << ArchiveBuilder().special(u"pipe"_s, AE_IFIFO).finish()
                              << u"bundle.tar.gz: entry \"pipe\" is a FIFO"_s;
        QTest::newRow("duplicate") << ArchiveBuilder().file(u"a.xml"_s, "1").file(u"./a.xml"_s, "2").finish()
                                   << u"bundle.tar.gz: entry \"./a.xml\" appears twice"_s;
        QTest::newRow("2 GB header, tar")
            << ArchiveBuilder::headerClaiming(u"huge.xml"_s, 2LL * 1024 * 1024 * 1024,
                                              ArchiveBuilder::Compression::None)
            << u"bundle.tar.gz: entry \"huge.xml\" claims 2147483648 bytes, more than the 64 MiB allowed for one file"_s;
        QTest::newRow("2 GB header, tar.gz")
            << ArchiveBuilder::headerClaiming(u"huge.xml"_s, 2LL * 1024 * 1024 * 1024,
                                              ArchiveBuilder::Compression::Gzip)
            << u"bundle.tar.gz: entry \"huge.xml\" claims 2147483648 bytes, more than the 64 MiB allowed for one file"_s;
        QTest::newRow("compression bomb")
            << ArchiveBuilder().file(u"zeros.xml"_s, QByteArray(40 * 1024 * 1024, '\0')).finish()
            << u"bundle.tar.gz: entry \"zeros.xml\" expands more than 200 times (a compression bomb?)"_s;
        QTest::newRow("not an archive") << QByteArray(
            "<smartLicense/>") << u"bundle.tar.gz: not a tar or tar.gz archive (Unrecognized archive format)"_s;
        QTest::newRow("gzip of no tar") << ArchiveBuilder::gzip(
            "hello") << u"bundle.tar.gz: not a tar or tar.gz archive (Unrecognized archive format)"_s;
        // Incompressible content, so that cutting the file in half cuts into a.xml's data.
        QByteArray noise(200000, Qt::Uninitialized);
        QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        QByteArray truncated = ArchiveBuilder().file(u"a.xml"_s, noise).file(u"b.xml"_s, "b").finish();
        truncated.chop(truncated.size() / 2);
        QTest::newRow("truncated") << truncated
                                   << u"bundle.tar.gz: entry \"a.xml\" cannot be read: truncated gzip input"_s;
        QTest::newRow("empty") << QByteArray() << u"bundle.tar.gz: the archive is empty"_s;
    }

    void refusesHostileEntries()
    {
        QFETCH(QByteArray, archive);
        QTEST(refusal(archive), "error");
    }

    void refusesTooManyEntries()
    {
        ArchiveBuilder builder;
        for (int i = 0; i <= 100000; ++i)
            builder.file(u"f%1"_s.arg(i), QByteArray());
        QCOMPARE(refusal(builder.finish()),
                 u"bundle.tar.gz: entry \"f100000\" is one more than the 100000 entries allowed"_s);
    }

    void refusesContentOverTheTotal()
    {
        ArchiveLimits limits;
        limits.maxTotalBytes = 1000;
        const QByteArray archive
            = ArchiveBuilder().file(u"a.xml"_s, QByteArray(600, 'a')).file(u"b.xml"_s, QByteArray(600, 'b')).finish();
        QCOMPARE(refusal(archive, limits),
                 u"bundle.tar.gz: entry \"b.xml\" takes the archive's content over the 1000 bytes allowed in total"_s);
    }

    void sharesTheBudgetAcrossNestedReads()
    {
        ArchiveLimits limits;
        limits.maxEntries = 3;
        SafeArchiveReader reader(limits);
        const QByteArray two = ArchiveBuilder().file(u"a"_s, "a").file(u"b"_s, "b").finish();
        QVERIFY(reader.read(two, u"outer.tar.gz"_s).ok());
        QCOMPARE(reader.read(two, u"inner.tar.gz"_s).error(),
                 u"inner.tar.gz: entry \"b\" is one more than the 3 entries allowed"_s);
    }

    void refusesAnArchiveOverItsSize()
    {
        ArchiveLimits limits;
        limits.maxArchiveBytes = 10;
        QCOMPARE(refusal(ArchiveBuilder().file(u"a"_s, "a").finish(), limits),
                 u"bundle.tar.gz: the archive is 10240 bytes, more than the 10 bytes allowed"_s);
    }
};

QTEST_GUILESS_MAIN(TestSafeArchiveReader)
#include "test_safearchivereader.moc"
