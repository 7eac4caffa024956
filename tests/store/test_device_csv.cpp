// The inventory CSV: RFC 4180 reading, validation of every row with line numbers, duplicates in
// the file and against the database, all-or-nothing unless bad rows are skipped, and export that
// imports back unchanged.
#include "StoreTestSupport.h"
#include "store/CsvReader.h"
#include "store/CsvWriter.h"
#include "store/DeviceCsv.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace slp;
using slp::test::await;

namespace {

const QByteArray header = "hostname,address,port,username,credential,tags,site\n";

QStringList issueTexts(const CsvImportReport &report)
{
    QStringList texts;
    for (const CsvImportIssue &issue : report.issues)
        texts.append(issue.toString());
    return texts;
}

} // namespace

class TestDeviceCsv : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_counter = 0;

    std::unique_ptr<Store> openStore()
    {
        auto store = std::make_unique<Store>();
        const StoreError opened = await(store->open(m_dir.filePath(QStringLiteral("csv-%1.sqlite").arg(++m_counter))));
        if (!opened.ok())
            qWarning("%s", qPrintable(opened.message));
        CredentialProfile profile;
        profile.name = QStringLiteral("lab-admin");
        profile.username = QStringLiteral("admin");
        await(store->addCredentialProfile(profile));
        return store;
    }

private slots:
    void init() { m_store = openStore(); }
    void cleanup() { m_store.reset(); }

    // --- the reader ---

    void readerHandlesRfc4180()
    {
        const QByteArray data = "\xef\xbb\xbf"
                                "a,b,c\r\n"
                                "\"quoted, with comma\",\"say \"\"hi\"\"\",plain\r\n"
                                "\r\n"
                                "\"two\nlines\",,\"\"\n"
                                "last,row,no-newline";
        const CsvReader::Result result = CsvReader::parse(data);
        QCOMPARE(result.problems.size(), 0);
        QCOMPARE(result.records.size(), 4);
        QCOMPARE(result.records.at(0).fields,
                 QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(
            result.records.at(1).fields,
            QStringList({QStringLiteral("quoted, with comma"), QStringLiteral("say \"hi\""), QStringLiteral("plain")}));
        QCOMPARE(result.records.at(1).line, 2);
        QCOMPARE(result.records.at(2).fields, QStringList({QStringLiteral("two\nlines"), QString(), QString()}));
        QCOMPARE(result.records.at(2).line, 4);
        QCOMPARE(result.records.at(3).line, 6); // the quoted line break counted
        QCOMPARE(result.records.at(3).fields.last(), QStringLiteral("no-newline"));
    }

    void readerReportsMalformedRecords()
    {
        const QByteArray data = "ok,1\n"
                                "\"closed\"junk,2\n"
                                "un\"quoted,3\n"
                                "fine,4\n"
                                "\"never closed,5\n"
                                "lost,6\n";
        const CsvReader::Result result = CsvReader::parse(data);
        QCOMPARE(result.records.size(), 2);
        QCOMPARE(result.records.at(1).line, 4);
        QCOMPARE(result.problems.size(), 3);
        QCOMPARE(result.problems.at(0).line, 2);
        QCOMPARE(result.problems.at(0).message, QStringLiteral("text after the closing quote of field 1"));
        QCOMPARE(result.problems.at(1).line, 3);
        QVERIFY(result.problems.at(1).message.startsWith(QLatin1String("a quote inside unquoted field 1")));
        QCOMPARE(result.problems.at(2).line, 5);
        QCOMPARE(result.problems.at(2).message,
                 QStringLiteral("a quoted field that never ends (missing closing quote)"));
    }

    void readerRejectsInvalidUtf8WithLine()
    {
        const CsvReader::Result result = CsvReader::parse("a,b\nc,d\ne,\xff\xfe\n");
        QCOMPARE(result.records.size(), 0);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.at(0).line, 3);
        QCOMPARE(result.problems.at(0).message, QStringLiteral("the file is not valid UTF-8 text"));
    }

    void writerQuotesWhatNeedsIt()
    {
        QCOMPARE(CsvWriter::quoted(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvWriter::quoted(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::quoted(QStringLiteral("say \"x\"")), QStringLiteral("\"say \"\"x\"\"\""));
        QCOMPARE(CsvWriter::quoted(QStringLiteral(" edge")), QStringLiteral("\" edge\""));
        QCOMPARE(CsvWriter::quoted(QStringLiteral("l1\nl2")), QStringLiteral("\"l1\nl2\""));
    }

    // --- import through the store ---

    void importsAGoodFile()
    {
        const QByteArray csv = header
            + "pe1-fra,10.1.0.1,22,admin,,core;pe,Frankfurt\n"
              "pe2-ams,pe2.ams.example.net,,,lab-admin,pe|edge,\"Amsterdam, NL\"\n"
              "p1-lon,2001:db8::1,830,ops,LAB-ADMIN,,London\n";
        const StoreResult<CsvImportReport> imported = await(m_store->importDevicesCsv(csv));
        QVERIFY2(imported.ok(), qPrintable(imported.error.message + issueTexts(imported.value).join(u'\n')));
        QCOMPARE(imported.value.rowsRead, 3);
        QCOMPARE(imported.value.imported, 3);
        QCOMPARE(imported.value.skipped, 0);
        QCOMPARE(imported.value.importedIds.size(), 3);
        const DeviceRecord pe2 = await(m_store->deviceByHostname(QStringLiteral("pe2-ams"))).value;
        QCOMPARE(pe2.port, 22);
        QCOMPARE(pe2.username, QString());
        QCOMPARE(pe2.credentialRef, QStringLiteral("lab-admin"));
        QCOMPARE(pe2.tags, QStringList({QStringLiteral("pe"), QStringLiteral("edge")}));
        QCOMPARE(pe2.site, QStringLiteral("Amsterdam, NL"));
        QCOMPARE(await(m_store->deviceByHostname(QStringLiteral("p1-lon"))).value.credentialRef,
                 QStringLiteral("lab-admin"));
        const QList<AuditEntry> log = await(m_store->auditLog()).value;
        QCOMPARE(log.first().action, QStringLiteral("devices-import"));
        QCOMPARE(log.first().detail, QStringLiteral("3 imported, 0 skipped"));
    }

    void reportsEveryBadRowAndImportsNothing()
    {
        QVERIFY(await(m_store->addDevice(slp::test::sampleDevice(1))).ok()); // r1 at 10.0.0.2:22
        const QByteArray csv = header
            + "good1,10.2.0.1,22,admin,,,\n" // 2
              "bad port,10.2.0.2,70000,admin,,,\n" // 3: hostname and port
              "good2,10.2.0.3,ssh,admin,,,\n" // 4: port not a number
              "r1,10.2.0.4,22,admin,,,\n" // 5: hostname taken in the database
              "good3,10.0.0.2,22,admin,,,\n" // 6: address taken in the database
              "dup-a,10.2.0.9,22,admin,,,\n" // 7
              "dup-b,10.2.0.9,22,admin,,,\n" // 8: address also on line 7
              "DUP-A,10.2.0.10,22,admin,,,\n" // 9: hostname also on line 7
              "nouser,10.2.0.11,22,,,,\n" // 10: no username, no profile
              "ghost,10.2.0.12,22,,ghost-profile,,\n" // 11: unknown profile
              "short,10.2.0.13,22\n" // 12: 3 fields
              "tagged,10.2.0.14,22,admin,,ok;=HYPERLINK(x),\n" // 13: formula-like tag
              "user,10.2.0.15,22,ad;min,,,\n" // 14: username charset
              "good4,10.2.0.16,22,admin,,,\n"; // 15
        const StoreResult<CsvImportReport> imported = await(m_store->importDevicesCsv(csv));
        QCOMPARE(imported.error.code, StoreError::Code::InvalidInput);
        QCOMPARE(imported.error.message, QStringLiteral("11 of 14 row(s) have problems; nothing was imported."));
        QCOMPARE(imported.value.imported, 0);
        const QStringList expected {
            QStringLiteral("line 3: hostname: \"bad port\" contains ' '; use letters, digits, '.', '_' and '-'"),
            QStringLiteral("line 3: port: 70000 is out of range (1-65535)"),
            QStringLiteral("line 4: port: \"ssh\" is not a number"),
            QStringLiteral("line 5: hostname: a device named \"r1\" already exists"),
            QStringLiteral("line 6: address: 10.0.0.2:22 already belongs to device \"r1\""),
            QStringLiteral("line 8: address: 10.2.0.9:22 is also on line 7"),
            QStringLiteral("line 9: hostname: \"DUP-A\" is also on line 7"),
            QStringLiteral("line 10: username: is empty and no credential profile is given; one of them must say "
                           "who logs in"),
            QStringLiteral("line 11: credential: there is no credential profile named \"ghost-profile\""),
            QStringLiteral("line 12: has 3 fields; expected 7 (hostname,address,port,username,credential,tags,site)"),
            QStringLiteral("line 13: tags: tag \"=HYPERLINK(x)\" must not start with '=', '+', '-' or '@'"),
            QStringLiteral("line 14: username: \"ad;min\" contains ';'; use letters, digits, '.', '_', '@', '\\' and "
                           "'-'"),
        };
        QCOMPARE(issueTexts(imported.value), expected);
        QCOMPARE(await(m_store->devices()).value.size(), 1);
    }

    void skipBadRowsImportsTheRest()
    {
        const QByteArray csv = header
            + "a1,10.3.0.1,22,admin,,,\n"
              "a2,10.3.0.1,22,admin,,,\n" // duplicate of line 2
              "\"broken,10.3.0.3,22,admin,,,\n";
        const StoreResult<CsvImportReport> imported = await(m_store->importDevicesCsv(csv, {true}));
        QVERIFY2(imported.ok(), qPrintable(imported.error.message));
        QCOMPARE(imported.value.imported, 1);
        QCOMPARE(imported.value.skipped, 2);
        QCOMPARE(imported.value.rowsRead, 3);
        QCOMPARE(issueTexts(imported.value),
                 QStringList({QStringLiteral("line 3: address: 10.3.0.1:22 is also on line 2"),
                              QStringLiteral("line 4: a quoted field that never ends (missing closing quote)")}));
        QCOMPARE(await(m_store->devices()).value.size(), 1);
    }

    void refusesWrongHeaderAndEmptyFiles_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("issue");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("line 1: the file is empty; it needs the header line");
        QTest::newRow("blank lines") << QByteArray("\n\n")
                                     << QStringLiteral("line 1: the file is empty; it needs the header line");
        QTest::newRow("reordered") << QByteArray(
            "address,hostname,port,username,credential,tags,site\nr,10.0.0.1,22,a,,,\n")
                                   << QStringLiteral("line 1: the header must be exactly: "
                                                     "hostname,address,port,username,credential,tags,site");
        QTest::newRow("missing column") << QByteArray("hostname,address,port,username,credential,tags\n")
                                        << QStringLiteral("line 1: the header must be exactly: "
                                                          "hostname,address,port,username,credential,tags,site");
    }

    void refusesWrongHeaderAndEmptyFiles()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, issue);
        const StoreResult<CsvImportReport> imported = await(m_store->importDevicesCsv(csv, {true}));
        QCOMPARE(imported.error.code, StoreError::Code::InvalidInput);
        QCOMPARE(issueTexts(imported.value), QStringList {issue});
        QCOMPARE(await(m_store->devices()).value.size(), 0);
    }

    void headerOnlyImportsNothingSuccessfully()
    {
        const StoreResult<CsvImportReport> imported = await(m_store->importDevicesCsv(header));
        QVERIFY(imported.ok());
        QCOMPARE(imported.value.rowsRead, 0);
        QCOMPARE(imported.value.imported, 0);
    }

    void refusesHugeFiles()
    {
        const QByteArray csv = header + QByteArray(DeviceCsv::maxFileSize, 'x');
        const StoreResult<CsvImportReport> imported = await(m_store->importDevicesCsv(csv));
        QCOMPARE(imported.error.code, StoreError::Code::InvalidInput);
        QCOMPARE(imported.error.message, QStringLiteral("The CSV file is larger than 16 MiB; split it."));
    }

    void exportImportsBackUnchanged()
    {
        const QByteArray csv = header
            + "pe1-fra,10.1.0.1,22,admin,,core;pe,Frankfurt\n"
              "pe2-ams,pe2.ams.example.net,830,,lab-admin,pe|edge,\"Amsterdam, \"\"NL\"\"\"\n"
              "p1-lon,2001:db8::1,22,DOM\\ops,,,\" London\"\n";
        QVERIFY(await(m_store->importDevicesCsv(csv)).ok());
        const StoreResult<QByteArray> exported = await(m_store->exportDevicesCsv());
        QVERIFY(exported.ok());
        QCOMPARE(exported.value,
                 QByteArray("hostname,address,port,username,credential,tags,site\r\n"
                            "p1-lon,2001:db8::1,22,DOM\\ops,,,London\r\n"
                            "pe1-fra,10.1.0.1,22,admin,,core;pe,Frankfurt\r\n"
                            "pe2-ams,pe2.ams.example.net,830,,lab-admin,pe;edge,\"Amsterdam, \"\"NL\"\"\"\r\n"));

        std::unique_ptr<Store> other = openStore();
        const StoreResult<CsvImportReport> reimported = await(other->importDevicesCsv(exported.value));
        QVERIFY2(reimported.ok(), qPrintable(reimported.error.message));
        QCOMPARE(reimported.value.imported, 3);
        QCOMPARE(await(other->exportDevicesCsv()).value, exported.value);
        QCOMPARE(await(other->integrityCheck()).value, QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestDeviceCsv)
#include "test_device_csv.moc"
