// Import ACK / Upload from Cisco over real SSH against xrsim, driven through slpctl import-acks:
// a good ACK moves Last ACK received; corrupt, unsigned, badly signed and foreign-UDI ACKs and hostile
// ACK bundles are refused with a message naming the file or entry and, where the console can tell,
// before any command reaches the router (checked in the audit log); a router that drops the session
// mid-import fails alone while the others import.
#include "AckMaker.h"
#include "ArchiveBuilder.h"
#include "LabFleet.h"
#include "SlpctlRunner.h"
#include "StoreProbe.h"
#include "XrsimProcess.h"

#include "formats/AckBundleReader.h"
#include "store/ReportLibrary.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace slp;
using namespace slp::test;
using namespace Qt::StringLiterals;

namespace {

const QString password = QStringLiteral("acks-Password-5");
const QByteArray labKey = QByteArray::fromHex("00112233445566778899aabbccddeeff"); // LabFleet's
constexpr int fleetSize = 10;

} // namespace

class TestImportAcks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsOneAckFile();
    void ackForAnotherUdiIsRefusedBeforeTheRouter();
    void ackOfNoDeviceIsReportedUnmatched();
    void corruptAcksAreRefusedNamingTheFile();
    void badSignatureIsRefusedByTheRouterAndChangesNothing();
    void hostileBundlesAreRefusedNamingTheEntry_data();
    void hostileBundlesAreRefusedNamingTheEntry();
    void routerDroppingMidImportFailsAloneOthersImport();
    void dryRunChangesNothing();
    void killedImportResumes();

private:
    QString udiOf(const QString &hostname) const { return m_fleet.router(hostname)->udi; }
    QString writeFile(const QString &name, const QByteArray &content);
    QByteArray ackFor(const QString &hostname) const;
    int auditCount(const QString &hostname);
    int totalAuditCount();
    QDateTime lastAck(const QString &hostname);
    QList<LibraryFile> libraryAcks();

    QTemporaryDir m_simDir;
    QTemporaryDir m_dataDir;
    QTemporaryDir m_filesDir;
    LabFleet m_fleet {fleetSize, password};
    AckMaker m_acks {labKey};
    std::unique_ptr<XrsimProcess> m_xrsim;
    std::unique_ptr<SlpctlRunner> m_slpctl;
};

QString TestImportAcks::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_filesDir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray TestImportAcks::ackFor(const QString &hostname) const
{
    return m_acks.ack(udiOf(hostname), {}, QDateTime::currentSecsSinceEpoch());
}

int TestImportAcks::auditCount(const QString &hostname)
{
    StoreProbe probe(m_slpctl->databasePath());
    return int(probe.audit(probe.device(hostname).id).size());
}

int TestImportAcks::totalAuditCount()
{
    StoreProbe probe(m_slpctl->databasePath());
    return int(probe.audit(0).size());
}

QDateTime TestImportAcks::lastAck(const QString &hostname)
{
    StoreProbe probe(m_slpctl->databasePath());
    const std::optional<SnapshotRecord> latest = probe.latest(probe.device(hostname).id, false);
    return latest ? latest->summary.lastAck : QDateTime();
}

QList<LibraryFile> TestImportAcks::libraryAcks()
{
    StoreProbe probe(m_slpctl->databasePath());
    ReportLibrary library(probe.store(), m_dataDir.filePath(QStringLiteral("library")));
    LibraryFilter filter;
    filter.kind = LibraryFileKind::Ack;
    return library.list(filter).result().value;
}

void TestImportAcks::initTestCase()
{
    QVERIFY(m_simDir.isValid() && m_dataDir.isValid() && m_filesDir.isValid());
    m_xrsim = std::make_unique<XrsimProcess>(m_simDir.path());
    QString error;
    QVERIFY2(m_xrsim->start(m_fleet.fleetJson(), &error), qPrintable(error));
    m_slpctl = std::make_unique<SlpctlRunner>(m_dataDir.path(), QStringLiteral("master-pw"));
    const SlpctlRunner::Result profile
        = m_slpctl->run({QStringLiteral("credentials"), QStringLiteral("add"), QStringLiteral("lab"),
                         QStringLiteral("--username"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                        password.toUtf8() + '\n');
    QVERIFY2(profile.exitCode == 0, qPrintable(profile.describe()));
    const SlpctlRunner::Result imported
        = m_slpctl->run({QStringLiteral("devices"), QStringLiteral("import"), QStringLiteral("-")},
                        m_xrsim->inventoryCsv(QStringLiteral("lab")));
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    const SlpctlRunner::Result refreshed
        = m_slpctl->run({QStringLiteral("refresh"), QStringLiteral("--all"), QStringLiteral("--accept-new-host-keys")});
    QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.describe()));
}

void TestImportAcks::importsOneAckFile()
{
    const QString host = QStringLiteral("r0001");
    const QDateTime before = lastAck(host);
    QVERIFY(before.isValid()); // healthy: acknowledged 10 days ago
    const QString file = writeFile(QStringLiteral("ACK_r0001.xml"), ackFor(host));
    const SlpctlRunner::Result result = m_slpctl->run({QStringLiteral("import-acks"), file});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(result.out.contains("r0001: ok"), qPrintable(result.describe()));
    QVERIFY2(result.out.contains("1 matched to a device"), qPrintable(result.describe()));
    QVERIFY2(!result.out.contains("warning"), qPrintable(result.describe())); // the uploaded file was removed

    const QDateTime after = lastAck(host);
    QVERIFY2(after > before, qPrintable(after.toString(Qt::ISODate) + u" vs "_s + before.toString(Qt::ISODate)));
    StoreProbe probe(m_slpctl->databasePath());
    const QList<AuditEntry> audit = probe.audit(probe.device(host).id);
    const bool imported = std::any_of(audit.cbegin(), audit.cend(), [](const AuditEntry &entry) {
        return entry.command.startsWith(u"license smart import /harddisk:/slp-ack-"_s);
    });
    QVERIFY(imported);
    const QList<LibraryFile> acks = libraryAcks();
    QCOMPARE(acks.size(), 1);
    QCOMPARE(acks.first().state, LibraryFileState::Imported);
    QCOMPARE(acks.first().udi, udiOf(host));
    QCOMPARE(acks.first().deviceId, probe.device(host).id);
}

void TestImportAcks::ackForAnotherUdiIsRefusedBeforeTheRouter()
{
    const int auditBefore = auditCount(QStringLiteral("r0002"));
    const QString file = writeFile(QStringLiteral("ACK_for_r0003.xml"), ackFor(QStringLiteral("r0003")));
    const SlpctlRunner::Result result
        = m_slpctl->run({QStringLiteral("import-acks"), QStringLiteral("--device"), QStringLiteral("r0002"), file});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains("r0002: FAILED"), qPrintable(result.describe()));
    QVERIFY2(result.out.contains(udiOf(QStringLiteral("r0003")).toUtf8()), qPrintable(result.describe()));
    QVERIFY2(result.out.contains(udiOf(QStringLiteral("r0002")).toUtf8()), qPrintable(result.describe()));
    QVERIFY2(result.out.contains("before touching the router"), qPrintable(result.describe()));
    QCOMPARE(auditCount(QStringLiteral("r0002")), auditBefore); // no command was sent
    const QList<LibraryFile> acks = libraryAcks();
    const auto row = std::find_if(acks.cbegin(), acks.cend(), [&](const LibraryFile &candidate) {
        return candidate.udi == udiOf(QStringLiteral("r0003"));
    });
    QVERIFY(row != acks.cend());
    QCOMPARE(row->state, LibraryFileState::Failed);
    QVERIFY(row->detail.contains(udiOf(QStringLiteral("r0002"))));
}

void TestImportAcks::ackOfNoDeviceIsReportedUnmatched()
{
    const int auditBefore = totalAuditCount();
    const QString file
        = writeFile(QStringLiteral("ACK_stranger.xml"),
                    m_acks.ack(QStringLiteral("PID:NCS-5501,SN:NOSUCHBOX1"), {}, QDateTime::currentSecsSinceEpoch()));
    const SlpctlRunner::Result result = m_slpctl->run({QStringLiteral("import-acks"), file});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("unmatched: ACK_stranger.xml: UDI PID:NCS-5501,SN:NOSUCHBOX1 is no device"),
             qPrintable(result.describe()));
    QVERIFY2(result.out.contains(QByteArray(QByteArray::number(fleetSize) + " device(s) without an ACK")),
             qPrintable(result.describe()));
    QCOMPARE(totalAuditCount(), auditBefore);
}

void TestImportAcks::corruptAcksAreRefusedNamingTheFile()
{
    const int auditBefore = totalAuditCount();
    const int rowsBefore = int(libraryAcks().size());
    const QByteArray good = ackFor(QStringLiteral("r0005"));
    const QString truncated = writeFile(QStringLiteral("ACK_truncated.xml"), good.left(good.size() / 2));
    const QString unsigned_
        = writeFile(QStringLiteral("ACK_unsigned.xml"), m_acks.ackWithoutSignature(udiOf(QStringLiteral("r0005")), 1));
    const SlpctlRunner::Result result = m_slpctl->run({QStringLiteral("import-acks"), truncated, unsigned_});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("refused: ACK_truncated.xml: not a readable ACK file"), qPrintable(result.describe()));
    QVERIFY2(result.err.contains("refused: ACK_unsigned.xml: the ACK carries no signature"),
             qPrintable(result.describe()));
    QVERIFY2(result.out.contains("2 refused"), qPrintable(result.describe()));
    QCOMPARE(totalAuditCount(), auditBefore); // no router was touched
    QCOMPARE(int(libraryAcks().size()), rowsBefore); // nothing imported or kept
}

void TestImportAcks::badSignatureIsRefusedByTheRouterAndChangesNothing()
{
    // The signature is CSSM's to check (the console has no key): the router refuses it.
    const QString host = QStringLiteral("r0004"); // never reported: no Last ACK yet
    const QDateTime before = lastAck(host);
    const QString file = writeFile(QStringLiteral("ACK_badsig.xml"),
                                   m_acks.ackWithBadSignature(udiOf(host), QDateTime::currentSecsSinceEpoch()));
    const SlpctlRunner::Result result = m_slpctl->run({QStringLiteral("import-acks"), file});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains("r0004: FAILED: the router refused ACK_badsig.xml"), qPrintable(result.describe()));
    QVERIFY2(result.out.contains("Signature verification failed"), qPrintable(result.describe()));
    QCOMPARE(lastAck(host), before);
    const QJsonObject state
        = m_xrsim->control(QJsonObject {{u"cmd"_s, u"state"_s}, {u"router"_s, host}}).value(u"state"_s).toObject();
    QCOMPARE(state.value(u"reporting"_s).toObject().value(u"lastAck"_s).toInteger(), 0); // the router took no ACK
    const QList<LibraryFile> acks = libraryAcks();
    const auto row = std::find_if(acks.cbegin(), acks.cend(), [&](const LibraryFile &candidate) {
        return candidate.fileName == u"ACK_badsig.xml"_s;
    });
    QVERIFY(row != acks.cend());
    QCOMPARE(row->state, LibraryFileState::Failed);
    QVERIFY(row->detail.contains(u"Signature verification failed"_s));
}

void TestImportAcks::hostileBundlesAreRefusedNamingTheEntry_data()
{
    QTest::addColumn<QByteArray>("bundle");
    QTest::addColumn<QString>("entry");
    const QByteArray ack = m_acks.ack(m_fleet.router(QStringLiteral("r0006"))->udi, {}, 1);
    QTest::newRow("escaping path") << ArchiveBuilder().file(u"../ACK_escape.xml"_s, ack).finish()
                                   << u"../ACK_escape.xml"_s;
    QTest::newRow("symlink")
        << ArchiveBuilder().file(u"ACK_ok.xml"_s, ack).symlink(u"ACK_link.xml"_s, u"/etc/passwd"_s).finish()
        << u"ACK_link.xml"_s;
    // Declares 2 GB without the data ever existing: refused from the header alone.
    QTest::newRow("2 GB member") << ArchiveBuilder::headerClaiming(u"ACK_huge.xml"_s, 2LL * 1024 * 1024 * 1024,
                                                                   ArchiveBuilder::Compression::Gzip)
                                 << u"ACK_huge.xml"_s;
}

void TestImportAcks::hostileBundlesAreRefusedNamingTheEntry()
{
    QFETCH(QByteArray, bundle);
    QFETCH(QString, entry);
    const int auditBefore = totalAuditCount();
    const int rowsBefore = int(libraryAcks().size());
    const QString file = writeFile(u"ACK_UD_SA_hostile.tar.gz"_s, bundle);
    const SlpctlRunner::Result result = m_slpctl->run({QStringLiteral("import-acks"), file});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QByteArray("refused: " + file.toUtf8())), qPrintable(result.describe()));
    QVERIFY2(result.err.contains(entry.toUtf8()), qPrintable(result.describe()));
    QCOMPARE(totalAuditCount(), auditBefore);
    QCOMPARE(int(libraryAcks().size()), rowsBefore);
}

void TestImportAcks::routerDroppingMidImportFailsAloneOthersImport()
{
    const QStringList hosts {u"r0008"_s, u"r0009"_s, u"r0010"_s};
    QHash<QString, QDateTime> before;
    ArchiveBuilder builder;
    for (const QString &host : hosts) {
        before.insert(host, lastAck(host));
        const std::optional<Udi> udi = Udi::fromText(udiOf(host));
        builder.file(AckBundleReader::fileNameFor(*udi), ackFor(host));
    }
    const QString file = writeFile(u"ACK_UD_SA_drop.tar.gz"_s, builder.finish());
    // r0009 drops the TCP connection a few bytes into the answer of `license smart import`.
    QVERIFY(m_xrsim->setFaults(u"r0009"_s, QJsonObject {{u"disconnectAfterBytes"_s, 6}}));
    const SlpctlRunner::Result result = m_slpctl->run({QStringLiteral("import-acks"), file});
    QVERIFY(m_xrsim->setFaults(u"r0009"_s, QJsonObject {}));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains("r0008: ok"), qPrintable(result.describe()));
    QVERIFY2(result.out.contains("r0010: ok"), qPrintable(result.describe()));
    QVERIFY2(result.out.contains("r0009: FAILED: "), qPrintable(result.describe()));
    QVERIFY2(result.out.contains("closed the connection while 'license smart import /harddisk:/slp-ack-"),
             qPrintable(result.describe()));
    QVERIFY2(result.out.contains("is unknown (its answer was lost)"), qPrintable(result.describe()));
    QVERIFY(lastAck(u"r0008"_s) > before.value(u"r0008"_s));
    QVERIFY(lastAck(u"r0010"_s) > before.value(u"r0010"_s));
    QCOMPARE(lastAck(u"r0009"_s), before.value(u"r0009"_s)); // no new snapshot claims otherwise
}

void TestImportAcks::dryRunChangesNothing()
{
    const int auditBefore = totalAuditCount();
    const int rowsBefore = int(libraryAcks().size());
    const QString file = writeFile(u"ACK_dry.xml"_s, ackFor(u"r0002"_s));
    const SlpctlRunner::Result result
        = m_slpctl->run({QStringLiteral("import-acks"), QStringLiteral("--dry-run"), file});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(result.out.contains("r0002: would import ACK_dry.xml (0 report(s))"), qPrintable(result.describe()));
    QCOMPARE(totalAuditCount(), auditBefore);
    QCOMPARE(int(libraryAcks().size()), rowsBefore);
}

void TestImportAcks::killedImportResumes()
{
    // kill -9 of slpctl in the middle of an import over slow routers; `jobs resume` finishes the job
    // from its stored parameters (the ACK files in the library) and every router gets its ACK.
    const QStringList hosts {u"r0002"_s, u"r0003"_s, u"r0004"_s, u"r0005"_s, u"r0006"_s, u"r0007"_s};
    QHash<QString, QDateTime> before;
    ArchiveBuilder builder;
    for (const QString &host : hosts) {
        before.insert(host, lastAck(host));
        builder.file(AckBundleReader::fileNameFor(*Udi::fromText(udiOf(host))), ackFor(host));
        QVERIFY(m_xrsim->setFaults(host, QJsonObject {{u"slowOutputBytesPerSecond"_s, 4000}}));
    }
    const QString file = writeFile(u"ACK_UD_SA_resume.tar.gz"_s, builder.finish());
    QProcess import;
    import.setProcessEnvironment(m_slpctl->environment());
    import.start(SlpctlRunner::program(),
                 m_slpctl->globalOptions() + QStringList {u"import-acks"_s, u"--parallel"_s, u"1"_s, file});
    QVERIFY(import.waitForStarted(10000));
    QByteArray printed;
    QElapsedTimer timer;
    timer.start();
    while (!printed.contains(": ok: ") && timer.elapsed() < 60000 && import.state() == QProcess::Running) {
        import.waitForReadyRead(100);
        printed += import.readAllStandardOutput();
    }
    QVERIFY2(printed.contains(": ok: "), printed.constData());
    import.kill(); // SIGKILL: no cleanup of any kind
    QVERIFY(import.waitForFinished(10000));
    QCOMPARE(import.exitStatus(), QProcess::CrashExit);
    for (const QString &host : hosts)
        QVERIFY(m_xrsim->setFaults(host, QJsonObject {}));
    {
        StoreProbe probe(m_slpctl->databasePath());
        QCOMPARE(probe.integrity(), u"ok"_s);
    }

    const SlpctlRunner::Result resumed = m_slpctl->run({QStringLiteral("jobs"), QStringLiteral("resume")});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
    QVERIFY2(resumed.out.contains("resuming import-ack job"), qPrintable(resumed.describe()));
    for (const QString &host : hosts)
        QVERIFY2(lastAck(host) > before.value(host) || (!before.value(host).isValid() && lastAck(host).isValid()),
                 qPrintable(host));
    for (const QString &host : hosts) {
        const QList<LibraryFile> rows = libraryAcks();
        const bool done = std::any_of(rows.cbegin(), rows.cend(), [&](const LibraryFile &row) {
            return row.udi == udiOf(host) && row.state == LibraryFileState::Imported;
        });
        QVERIFY2(done, qPrintable(host));
    }
}

QTEST_GUILESS_MAIN(TestImportAcks)
#include "test_import_acks.moc"
