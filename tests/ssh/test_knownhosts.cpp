#include "ssh/KnownHostsFile.h"
#include "ssh/SshHostKeyVerifier.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using slp::KnownHostsFile;
using slp::SshHostKey;

namespace {

// Keys made with ssh-keygen; fingerprints as `ssh-keygen -l -E sha256` printed them.
const QByteArray ed25519Base64 = "AAAAC3NzaC1lZDI1NTE5AAAAIM0gwUHjCFUjSfCQTHoO7Voj5JDfN5bjRT4K5yU1VvYX";
const QString ed25519Fingerprint = u"SHA256:qFsgAh1y/ZeqWWarsiUHJuGmIimzws6Rs/1zivVNky8"_s;
const QByteArray ecdsaBase64
    = "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBFPAzORnO8lsBwxvtoR7N0v2/lmDwjHe7AUX"
      "ybkbrYRYsnJ+dwjk/tBYuL08ii5E7IkEzciKeMFYWKksP5vgO5Y=";
const QString ecdsaFingerprint = u"SHA256:c1aY3llHXHwAvMHD2/kqtLRIIjBcwx0nQoyfkyduJtk"_s;
// `ssh-keygen -H` of "[127.0.0.2]:2222 <ed25519 key>".
const QByteArray hashedLine = "|1|wK0+y2tiBfBZdAiKQHumNmWg2aM=|EofQc7h24BXHYY0bYvQ80D82KVY= ssh-ed25519 "
                              "AAAAC3NzaC1lZDI1NTE5AAAAIM0gwUHjCFUjSfCQTHoO7Voj5JDfN5bjRT4K5yU1VvYX\n";

SshHostKey ed25519Key()
{
    return SshHostKey {u"ssh-ed25519"_s, QByteArray::fromBase64(ed25519Base64)};
}
SshHostKey ecdsaKey()
{
    return SshHostKey {u"ecdsa-sha2-nistp256"_s, QByteArray::fromBase64(ecdsaBase64)};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeAll(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestKnownHosts : public QObject
{
    Q_OBJECT
private slots:
    void fingerprintsMatchOpenSsh()
    {
        QCOMPARE(ed25519Key().fingerprintSha256(), ed25519Fingerprint);
        QCOMPARE(ecdsaKey().fingerprintSha256(), ecdsaFingerprint);
    }

    void keyTypeIsReadFromTheBlob()
    {
        QCOMPARE(slp::SshHostKeyVerifier::keyTypeOfBlob(ed25519Key().blob), u"ssh-ed25519"_s);
        QCOMPARE(slp::SshHostKeyVerifier::keyTypeOfBlob(ecdsaKey().blob), u"ecdsa-sha2-nistp256"_s);
        QCOMPARE(slp::SshHostKeyVerifier::keyTypeOfBlob(QByteArray("\xff\xff\xff\xff", 4)), QString());
        QCOMPARE(slp::SshHostKeyVerifier::keyTypeOfBlob(QByteArray()), QString());
    }

    void missingFileMeansUnknown()
    {
        QTemporaryDir dir;
        const KnownHostsFile file(dir.filePath(u"known_hosts"_s));
        const auto lookup = file.lookup(u"r1"_s, 22, ed25519Key());
        QCOMPARE(lookup.match, KnownHostsFile::Match::Unknown);
        QVERIFY(lookup.error.isEmpty());
        QVERIFY(file.entries().isEmpty());
    }

    void addWritesOpenSshLinesAndMatchesAfterwards()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/known_hosts"_s);
        const KnownHostsFile file(path);
        QString error;
        QVERIFY(file.add(u"R1.lab"_s, 22, ed25519Key(), &error));
        QVERIFY(file.add(u"127.0.0.2"_s, 2222, ecdsaKey(), &error));
        QCOMPARE(readAll(path),
                 "r1.lab ssh-ed25519 " + ed25519Base64 + "\n[127.0.0.2]:2222 ecdsa-sha2-nistp256 " + ecdsaBase64
                     + "\n");
        QCOMPARE(file.lookup(u"r1.lab"_s, 22, ed25519Key()).match, KnownHostsFile::Match::Known);
        QCOMPARE(file.lookup(u"127.0.0.2"_s, 2222, ecdsaKey()).match, KnownHostsFile::Match::Known);
        // Same address on another port is another host.
        QCOMPARE(file.lookup(u"127.0.0.2"_s, 22, ecdsaKey()).match, KnownHostsFile::Match::Unknown);
    }

    void otherKeyForKnownHostIsChanged()
    {
        QTemporaryDir dir;
        const KnownHostsFile file(dir.filePath(u"known_hosts"_s));
        QString error;
        QVERIFY(file.add(u"r1"_s, 22, ed25519Key(), &error));
        const auto lookup = file.lookup(u"r1"_s, 22, ecdsaKey());
        QCOMPARE(lookup.match, KnownHostsFile::Match::Changed);
        QCOMPARE(lookup.existing.size(), 1);
        QCOMPARE(lookup.existing.first().key.fingerprintSha256(), ed25519Fingerprint);
        QCOMPARE(lookup.existing.first().lineNumber, 1);
    }

    void hashedEntriesAreMatchedAndForgotten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"known_hosts"_s);
        writeAll(path,
                 "# comment kept\n@cert-authority *.lab ssh-ed25519 " + ed25519Base64 + "\n" + hashedLine
                     + "broken line\n");
        const KnownHostsFile file(path);
        QCOMPARE(file.lookup(u"127.0.0.2"_s, 2222, ed25519Key()).match, KnownHostsFile::Match::Known);
        QCOMPARE(file.lookup(u"127.0.0.3"_s, 2222, ed25519Key()).match, KnownHostsFile::Match::Unknown);
        const auto entries = file.entries();
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().hashed);
        QCOMPARE(entries.first().lineNumber, 3);
        QString error;
        QCOMPARE(file.forget(u"127.0.0.2"_s, 2222, &error), 1);
        QCOMPARE(readAll(path),
                 "# comment kept\n@cert-authority *.lab ssh-ed25519 " + ed25519Base64 + "\nbroken line\n");
    }

    void forgetRemovesOnlyThatHost()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"known_hosts"_s);
        const KnownHostsFile file(path);
        QString error;
        QVERIFY(file.add(u"r1"_s, 22, ed25519Key(), &error));
        QVERIFY(file.add(u"r2"_s, 22, ecdsaKey(), &error));
        QCOMPARE(file.forget(u"r3"_s, 22, &error), 0);
        QCOMPARE(file.forget(u"R1"_s, 22, &error), 1);
        QCOMPARE(readAll(path), "r2 ecdsa-sha2-nistp256 " + ecdsaBase64 + "\n");
        QCOMPARE(file.lookup(u"r1"_s, 22, ed25519Key()).match, KnownHostsFile::Match::Unknown);
    }

    void commaListsMatchEachName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"known_hosts"_s);
        writeAll(path, "r1,192.0.2.1,[192.0.2.1]:830 ssh-ed25519 " + ed25519Base64 + "\n");
        const KnownHostsFile file(path);
        QCOMPARE(file.lookup(u"192.0.2.1"_s, 22, ed25519Key()).match, KnownHostsFile::Match::Known);
        QCOMPARE(file.lookup(u"192.0.2.1"_s, 830, ed25519Key()).match, KnownHostsFile::Match::Known);
        QCOMPARE(file.lookup(u"192.0.2.1"_s, 831, ed25519Key()).match, KnownHostsFile::Match::Unknown);
    }

    void parallelAddsLoseNothing()
    {
        QTemporaryDir dir;
        const KnownHostsFile file(dir.filePath(u"known_hosts"_s));
        std::vector<std::thread> threads;
        for (int i = 0; i < 16; ++i) {
            threads.emplace_back([&file, i] {
                QString error;
                file.add(u"10.0.0.%1"_s.arg(i), 22, ed25519Key(), &error);
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(file.entries().size(), 16);
        for (int i = 0; i < 16; ++i)
            QCOMPARE(file.lookup(u"10.0.0.%1"_s.arg(i), 22, ed25519Key()).match, KnownHostsFile::Match::Known);
    }

    void unwritableFileIsReported()
    {
        QTemporaryDir dir;
        // A directory where the file should be: neither readable as a file nor writable.
        const QString path = dir.filePath(u"known_hosts"_s);
        QVERIFY(QDir().mkpath(path));
        const KnownHostsFile file(path);
        QString error;
        QVERIFY(!file.add(u"r1"_s, 22, ed25519Key(), &error));
        QVERIFY2(error.startsWith(u"Cannot "_s) && error.contains(path), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "test_knownhosts.moc"
