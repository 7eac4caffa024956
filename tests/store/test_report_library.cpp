// The report library: files on disk + rows, dedupe by content, sha256 checked on read, states,
// bundles, poll ids and filters, and the file-then-rows order of add.
#include "StoreTestSupport.h"
#include "store/JobTable.h"
#include "store/LibraryFileTable.h"
#include "store/ReportLibrary.h"
#include "store/Store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace slp;
using slp::test::await;
using slp::test::sampleDevice;

class TestReportLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ReportLibrary> m_library;
    QString m_databasePath;
    QString m_libraryPath;
    int m_counter = 0;

    static LibraryFileInput rum(const QByteArray &content, qint64 deviceId, const QString &name)
    {
        LibraryFileInput input;
        input.kind = LibraryFileKind::Rum;
        input.content = content;
        input.fileName = name;
        input.deviceId = deviceId;
        input.udi = QStringLiteral("PID:NCS-5501,SN:FOC%1").arg(deviceId);
        input.reportIds = {QStringLiteral("101"), QStringLiteral("102")};
        return input;
    }

private slots:
    void init()
    {
        ++m_counter;
        m_databasePath = m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(m_counter));
        m_libraryPath = m_dir.filePath(QStringLiteral("library-%1").arg(m_counter));
        m_store = std::make_unique<Store>();
        QVERIFY(await(m_store->open(m_databasePath)).ok());
        m_library = std::make_unique<ReportLibrary>(*m_store, m_libraryPath);
    }

    void cleanup()
    {
        m_library.reset();
        m_store.reset();
    }

    void addWritesFileAndRowAndDeduplicates()
    {
        const qint64 device = await(m_store->addDevice(sampleDevice(1))).value;
        const QByteArray content("<rum>one</rum>\n");
        const StoreResult<LibraryFile> added
            = await(m_library->add(rum(content, device, QStringLiteral("../x y.txt"))));
        QVERIFY2(added.ok(), qPrintable(added.error.message));
        const LibraryFile &file = added.value;
        QVERIFY(file.id > 0);
        QCOMPARE(file.kind, LibraryFileKind::Rum);
        QCOMPARE(file.state, LibraryFileState::Collected);
        QCOMPARE(file.deviceId, device);
        QCOMPARE(file.fileName, QStringLiteral("x y.txt"));
        QCOMPARE(file.sha256, ReportLibrary::sha256Hex(content));
        QCOMPARE(file.size, content.size());
        QCOMPARE(file.reportIds, (QStringList {QStringLiteral("101"), QStringLiteral("102")}));
        QVERIFY(file.path.startsWith(QStringLiteral("rum/") + file.sha256.left(16) + QStringLiteral("-")));
        QVERIFY(!file.path.contains(u' '));
        QVERIFY(!file.path.contains(QStringLiteral("..")));
        QFile onDisk(m_library->absolutePath(file));
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        QCOMPARE(onDisk.readAll(), content);
        QCOMPARE(
            slp::test::sqlScalar(m_databasePath, QStringLiteral("SELECT report_ids FROM library_files")).toString(),
            QStringLiteral("101 102"));

        // The same content again (another name, even): the existing row, no second row.
        const StoreResult<LibraryFile> again = await(m_library->add(rum(content, device, QStringLiteral("other.txt"))));
        QVERIFY(again.ok());
        QCOMPARE(again.value.id, file.id);
        QCOMPARE(again.value.fileName, file.fileName);
        QCOMPARE(slp::test::sqlScalar(m_databasePath, QStringLiteral("SELECT COUNT(*) FROM library_files")).toInt(), 1);

        // The same bytes as another kind are another file.
        LibraryFileInput asAck = rum(content, device, QStringLiteral("ack.txt"));
        asAck.kind = LibraryFileKind::Ack;
        const StoreResult<LibraryFile> ack = await(m_library->add(asAck));
        QVERIFY(ack.ok());
        QVERIFY(ack.value.id != file.id);

        const StoreResult<QByteArray> read = await(m_library->content(file.id));
        QVERIFY2(read.ok(), qPrintable(read.error.message));
        QCOMPARE(read.value, content);
    }

    void changedFileIsReportedNotUsed()
    {
        const QByteArray content("<rum>two</rum>\n");
        const LibraryFile file = await(m_library->add(rum(content, 0, QStringLiteral("r.txt")))).value;
        {
            QFile tampered(m_library->absolutePath(file));
            QVERIFY(tampered.open(QIODevice::WriteOnly | QIODevice::Truncate));
            tampered.write("<rum>tampered</rum>\n");
        }
        const StoreResult<QByteArray> read = await(m_library->content(file.id));
        QVERIFY(!read.ok());
        QCOMPARE(read.error.code, StoreError::Code::InvalidInput);
        QVERIFY2(read.error.message.contains(QStringLiteral("changed on disk")), qPrintable(read.error.message));
        QVERIFY(read.error.message.contains(QString::number(file.id)));
        QVERIFY(read.value.isEmpty());

        // Adding the same content again returns the row and does not hide the change.
        const StoreResult<LibraryFile> again = await(m_library->add(rum(content, 0, QStringLiteral("r.txt"))));
        QCOMPARE(again.value.id, file.id);
        QCOMPARE(await(m_library->content(file.id)).error.code, StoreError::Code::InvalidInput);

        // A missing file is reported, and written again by the next add of its content.
        QVERIFY(QFile::remove(m_library->absolutePath(file)));
        const StoreResult<QByteArray> gone = await(m_library->content(file.id));
        QCOMPARE(gone.error.code, StoreError::Code::NotFound);
        QVERIFY(gone.error.message.contains(QStringLiteral("cannot be read")));
        QCOMPARE(await(m_library->add(rum(content, 0, QStringLiteral("r.txt")))).value.id, file.id);
        QCOMPARE(await(m_library->content(file.id)).value, content);
        QCOMPARE(await(m_library->content(987654)).error.code, StoreError::Code::NotFound);
    }

    void orphanFileIsReusedByTheNextAdd()
    {
        // A crash after the file was written and before the row: the file exists, the row not.
        const QByteArray content("<rum>orphan</rum>\n");
        const QString path = ReportLibrary::relativePathFor(LibraryFileKind::Rum, ReportLibrary::sha256Hex(content),
                                                            QStringLiteral("o.txt"));
        QVERIFY(ReportLibrary::writeFile(m_libraryPath, path, content).ok());
        const StoreResult<LibraryFile> added = await(m_library->add(rum(content, 0, QStringLiteral("o.txt"))));
        QVERIFY(added.ok());
        QCOMPARE(added.value.path, path);
        QCOMPARE(await(m_library->content(added.value.id)).value, content);
        QCOMPARE(QDir(m_libraryPath + QStringLiteral("/rum")).entryList(QDir::Files).size(), 1);
    }

    void failedMoreWorkKeepsNoRow()
    {
        const StoreResult<LibraryFile> added = await(m_library->addWith(
            rum("<rum>three</rum>", 0, QStringLiteral("t.txt")), [](StoreSession &, const LibraryFile &) {
                return StoreError::make(StoreError::Code::InvalidInput, QStringLiteral("refused on purpose"));
            }));
        QVERIFY(!added.ok());
        QCOMPARE(added.error.message, QStringLiteral("refused on purpose"));
        QCOMPARE(slp::test::sqlScalar(m_databasePath, QStringLiteral("SELECT COUNT(*) FROM library_files")).toInt(), 0);
    }

    void addWithJobStepIsOneTransaction()
    {
        const qint64 device = await(m_store->addDevice(sampleDevice(3))).value;
        JobRecord job;
        job.kind = QStringLiteral("collect");
        job.state = JobState::Running;
        const qint64 jobId = await(m_store->createJob(job)).value;
        JobStepRecord step {
            0, jobId, device, QStringLiteral("collect"), JobStepState::Succeeded, 1, QStringLiteral("2 reports"), {}};
        LibraryFileInput input = rum("<rum>four</rum>", device, QStringLiteral("f.txt"));
        input.jobId = jobId;
        const StoreResult<LibraryFile> added = await(m_library->add(input, step));
        QVERIFY2(added.ok(), qPrintable(added.error.message));
        QCOMPARE(added.value.jobId, jobId);
        const QList<JobStepRecord> steps = await(m_store->jobSteps(jobId)).value;
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.constFirst().state, JobStepState::Succeeded);
    }

    void statesBundlesPollIdsAndFilters()
    {
        const qint64 d1 = await(m_store->addDevice(sampleDevice(1))).value;
        const qint64 d2 = await(m_store->addDevice(sampleDevice(2))).value;
        const LibraryFile a = await(m_library->add(rum("<a/>", d1, QStringLiteral("a.txt")))).value;
        const LibraryFile b = await(m_library->add(rum("<b/>", d1, QStringLiteral("b.txt")))).value;
        LibraryFileInput cInput = rum("<c/>", d2, QStringLiteral("c.txt"));
        cInput.reportIds = {QStringLiteral("777")};
        const LibraryFile c = await(m_library->add(cInput)).value;
        LibraryFileInput bundleInput;
        bundleInput.kind = LibraryFileKind::UploadBundle;
        bundleInput.content = "bundle bytes";
        bundleInput.fileName = QStringLiteral("UD_SA_20261129T211500.tar.gz");
        const LibraryFile bundle = await(m_library->add(bundleInput)).value;

        QVERIFY(await(m_library->setBundle({a.id, c.id}, bundle.id)).ok());
        QVERIFY(await(m_library->setPollId({b.id}, QStringLiteral("poll-42"))).ok());
        QVERIFY(await(m_library->setState({c.id}, LibraryFileState::Failed, QStringLiteral("refused by CSSM"))).ok());
        const StoreError missing = await(m_library->setState({a.id, 99999}, LibraryFileState::Sent));
        QCOMPARE(missing.code, StoreError::Code::NotFound);
        QVERIFY(missing.message.contains(QStringLiteral("99999")));
        // The failed update changed nothing (one transaction).
        QCOMPARE(await(m_library->file(a.id)).value.state, LibraryFileState::Bundled);

        const LibraryFile a2 = await(m_library->file(a.id)).value;
        QCOMPARE(a2.bundleId, bundle.id);
        const LibraryFile b2 = await(m_library->file(b.id)).value;
        QCOMPARE(b2.state, LibraryFileState::Sent);
        QCOMPARE(b2.pollId, QStringLiteral("poll-42"));
        const LibraryFile c2 = await(m_library->file(c.id)).value;
        QCOMPARE(c2.state, LibraryFileState::Failed);
        QCOMPARE(c2.detail, QStringLiteral("refused by CSSM"));

        auto ids = [](const QList<LibraryFile> &files) {
            QList<qint64> out;
            for (const LibraryFile &f : files)
                out.append(f.id);
            std::sort(out.begin(), out.end());
            return out;
        };
        QCOMPARE(ids(await(m_library->list()).value), (QList<qint64> {a.id, b.id, c.id, bundle.id}));
        QCOMPARE(ids(await(m_library->files(d1, LibraryFileKind::Rum)).value), (QList<qint64> {a.id, b.id}));
        QCOMPARE(ids(await(m_library->files(d1, LibraryFileKind::Rum, LibraryFileState::Sent)).value),
                 (QList<qint64> {b.id}));
        LibraryFilter byBundle;
        byBundle.bundleId = bundle.id;
        QCOMPARE(ids(await(m_library->list(byBundle)).value), (QList<qint64> {a.id, c.id}));
        LibraryFilter bundles;
        bundles.kind = LibraryFileKind::UploadBundle;
        QCOMPARE(ids(await(m_library->list(bundles)).value), (QList<qint64> {bundle.id}));
        LibraryFilter limited;
        limited.limit = 2;
        QCOMPARE(await(m_library->list(limited)).value.size(), 2);
        QCOMPARE(ids(await(m_library->filesWithReportId(QStringLiteral("777"))).value), (QList<qint64> {c.id}));
        QCOMPARE(ids(await(m_library->filesWithReportId(QStringLiteral("10"))).value), (QList<qint64> {}));
        QCOMPARE(ids(await(m_library->filesWithReportId(QStringLiteral("101"))).value), (QList<qint64> {a.id, b.id}));

        QCOMPARE(await(m_library->fileByContent(LibraryFileKind::Rum, ReportLibrary::sha256Hex("<b/>"))).value.id,
                 b.id);

        // Removing a device keeps its files (device_id becomes NULL).
        QVERIFY(await(m_store->removeDevice(d2)).ok());
        QCOMPARE(await(m_library->file(c.id)).value.deviceId, 0);
    }

    void kindAndStateWordsMatchTheSchema()
    {
        for (auto kind : {LibraryFileKind::Rum, LibraryFileKind::Ack, LibraryFileKind::Policy,
                          LibraryFileKind::UploadBundle, LibraryFileKind::AckBundle, LibraryFileKind::SlrAuthorization,
                          LibraryFileKind::SlrRequest, LibraryFileKind::SlrConfirmation, LibraryFileKind::SlrReturn}) {
            LibraryFileInput input;
            input.kind = kind;
            input.content = toText(kind).toUtf8();
            input.fileName = toText(kind);
            for (auto state : {LibraryFileState::Collected, LibraryFileState::Imported}) {
                input.state = state;
                input.content += toText(state).toUtf8();
                const StoreResult<LibraryFile> added = await(m_library->add(input));
                QVERIFY2(added.ok(), qPrintable(added.error.message));
                QCOMPARE(added.value.kind, kind);
                QCOMPARE(libraryFileKindFromText(toText(kind)), kind);
            }
        }
        for (auto state : {LibraryFileState::Collected, LibraryFileState::Bundled, LibraryFileState::Sent,
                           LibraryFileState::Acknowledged, LibraryFileState::Imported, LibraryFileState::Failed})
            QCOMPARE(libraryFileStateFromText(toText(state)), state);
        QVERIFY(!libraryFileKindFromText(QStringLiteral("bogus")));
    }
};

QTEST_GUILESS_MAIN(TestReportLibrary)
#include "test_report_library.moc"
