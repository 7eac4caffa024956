// The offline round trip: an upload bundle written by core/formats' writer, answered by
// `cssmsim ack-bundle`, read back by core/formats' ACK bundle reader.
#include "SignedReports.h"
#include "TestSupport.h"

#include "formats/AckBundleReader.h"
#include "formats/UploadBundleWriter.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace slp;
using namespace slp::test;

namespace {

const QByteArray kLabKeyHex = "ffeeddccbbaa99887766554433221100aabbccdd";
const QString kTag = QStringLiteral("regid.2017-05.com.cisco.NCS5500_ESS,1.0_bbbb");

struct Run
{
    int exitCode = -1;
    QString stderrText;
};

} // namespace

class CssmsimAckBundleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ackBundleAnswersEveryDevice();
    void sameBundleAgainIsRefusedAsDuplicate();
    void tamperedReportIsRefusedNamingIt();
    void notABundleIsRefused();

private:
    Run runAckBundle(const QString &input, const QString &output);
    QString writeUploadBundle(const QString &serialPrefix, qint64 firstId, bool tamper, UploadBundle *bundle);

    QTemporaryDir m_dir;
    QString m_fleet;
    SignedReports m_signer {QByteArray::fromHex(kLabKeyHex)};
};

void CssmsimAckBundleTest::initTestCase()
{
    QVERIFY(!builtExecutable(QStringLiteral("cssmsim")).isEmpty());
    m_fleet = m_dir.filePath(QStringLiteral("fleet.json"));
    QFile fleet(m_fleet);
    QVERIFY(fleet.open(QIODevice::WriteOnly));
    fleet.write(R"({"schema":"xrsim-fleet/1","lab":{"name":"t","cssmSigningKey":")" + kLabKeyHex
                + R"("},"routers":[]})");
}

Run CssmsimAckBundleTest::runAckBundle(const QString &input, const QString &output)
{
    QProcess process;
    process.start(builtExecutable(QStringLiteral("cssmsim")),
                  {QStringLiteral("ack-bundle"), input, output, QStringLiteral("--fleet"), m_fleet,
                   QStringLiteral("--state-dir"), m_dir.filePath(QStringLiteral("state"))});
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

QString CssmsimAckBundleTest::writeUploadBundle(const QString &serialPrefix, qint64 firstId, bool tamper,
                                                UploadBundle *bundle)
{
    QList<UploadBundleWriter::Device> devices;
    for (int d = 0; d < 3; ++d) {
        const QString pid = QStringLiteral("NCS-5501-SE");
        const QString serial = serialPrefix + QString::number(d);
        QList<QByteArray> reports;
        for (int r = 0; r < 2; ++r)
            reports.append(m_signer.report(pid, serial, firstId + d * 10 + r, kTag, d + 1));
        if (tamper && d == 1)
            reports[1].replace(R"(\"num_samples\":1)", R"(\"num_samples\":2)");
        devices.append({QStringLiteral("pe%1").arg(d), *Udi::fromText(QStringLiteral("PID:%1,SN:%2").arg(pid, serial)),
                        SignedReports::rumFile(QStringLiteral("pe%1").arg(d), pid, serial, reports)});
    }
    const UploadBundleWriter::Account account {QStringLiteral("Lab"), QStringLiteral("100001"),
                                               QStringLiteral("DEFAULT"), QStringLiteral("200001"),
                                               QStringLiteral("SLP Console test")};
    const auto built
        = UploadBundleWriter::build(account, QDateTime(QDate(2024, 2, 28), QTime(19, 8, 58), Qt::UTC), devices);
    if (!built)
        return QStringLiteral("BUILD: ") + built.error();
    *bundle = built.value();
    const auto saved = UploadBundleWriter::save(*bundle, m_dir.filePath(serialPrefix));
    return saved ? saved.value() : QStringLiteral("SAVE: ") + saved.error();
}

void CssmsimAckBundleTest::ackBundleAnswersEveryDevice()
{
    UploadBundle upload;
    QDir().mkpath(m_dir.filePath(QStringLiteral("FOX1A")));
    const QString input = writeUploadBundle(QStringLiteral("FOX1A"), 2000000001, false, &upload);
    QVERIFY2(QFile::exists(input), qPrintable(input));
    QCOMPARE(upload.fileName, QStringLiteral("UD_SA_20240228_190858.tar.gz"));
    const QString output = m_dir.filePath(QStringLiteral("ACK_UD_SA_20240228_190858.tar.gz"));
    const Run run = runAckBundle(input, output);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));

    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto read = AckBundleReader::read(file.readAll(), QFileInfo(output).fileName());
    QVERIFY2(read.ok(), qPrintable(read.error()));
    const AckBundle &bundle = read.value();
    QVERIFY2(bundle.problems.isEmpty(), qPrintable(bundle.problems.join(QLatin1Char('\n'))));
    QVERIFY(bundle.manifest.has_value());
    QCOMPARE(bundle.manifest->name, QStringLiteral("ACK_UD_VA_20240228_190858.tar.gz"));
    QCOMPARE(bundle.manifest->smartAccount, QStringLiteral("Lab"));
    QCOMPARE(bundle.entries.size(), 3);
    QList<Udi> udis;
    for (const UploadBundleEntry &entry : upload.entries)
        udis.append(entry.udi);
    const AckDeviceMatch match = bundle.matchDevices(udis);
    QVERIFY(match.unmatched.isEmpty());
    for (qsizetype d = 0; d < udis.size(); ++d) {
        QCOMPARE(match.acksPerDevice.at(d).size(), 1);
        const AckBundleEntry &entry = bundle.entries.at(match.acksPerDevice.at(d).first());
        QCOMPARE(entry.udiSource, AckBundleEntry::UdiSource::Content);
        QCOMPARE(entry.path, QStringLiteral("ACK_UD_VA_20240228_190858.tar.gz/ACK_NCS-5501-SE_FOX1A%1.xml").arg(d));
        QCOMPARE(entry.ack.acknowledgedReportIds, (QList<qint64> {2000000001 + d * 10, 2000000002 + d * 10}));
        QVERIFY(!m_signer.verifiedAckPayload(entry.ack.rawFile).isEmpty()); // signed with the lab key
    }
}

void CssmsimAckBundleTest::sameBundleAgainIsRefusedAsDuplicate()
{
    UploadBundle upload;
    QDir().mkpath(m_dir.filePath(QStringLiteral("FOX2B")));
    const QString input = writeUploadBundle(QStringLiteral("FOX2B"), 2000000101, false, &upload);
    QCOMPARE(runAckBundle(input, m_dir.filePath(QStringLiteral("first.tar.gz"))).exitCode, 0);
    const Run again = runAckBundle(input, m_dir.filePath(QStringLiteral("second.tar.gz")));
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(
        again.stderrText.trimmed(),
        QStringLiteral(
            "cssmsim: %1: Report 2000000101 from PID:NCS-5501-SE,SN:FOX2B0: duplicate report, it was received before")
            .arg(input));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("second.tar.gz"))));
}

void CssmsimAckBundleTest::tamperedReportIsRefusedNamingIt()
{
    UploadBundle upload;
    QDir().mkpath(m_dir.filePath(QStringLiteral("FOX3C")));
    const QString input = writeUploadBundle(QStringLiteral("FOX3C"), 2000000201, true, &upload);
    QVERIFY2(QFile::exists(input), qPrintable(input));
    const Run run = runAckBundle(input, m_dir.filePath(QStringLiteral("tampered.tar.gz")));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(
        run.stderrText.trimmed(),
        QStringLiteral("cssmsim: %1: Report 2000000212 from PID:NCS-5501-SE,SN:FOX3C1: signature verification failed "
                       "(payload altered or signed with another key)")
            .arg(input));
}

void CssmsimAckBundleTest::notABundleIsRefused()
{
    const QString input = m_dir.filePath(QStringLiteral("garbage.tar.gz"));
    QFile file(input);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not an archive");
    file.close();
    const Run run = runAckBundle(input, m_dir.filePath(QStringLiteral("never.tar.gz")));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.stderrText.startsWith(QStringLiteral("cssmsim: %1: ").arg(input)), qPrintable(run.stderrText));
}

QTEST_GUILESS_MAIN(CssmsimAckBundleTest)
#include "test_cssmsim_ack_bundle.moc"
