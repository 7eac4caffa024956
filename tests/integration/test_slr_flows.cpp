// Specific License Reservation in-process over real SSH (xrsim) and real HTTPS (cssmsim): online
// request -> CSSM reservation -> SFTP upload -> install -> verify -> confirmation, a short pool
// refused by CSSM with nothing installed, return with the pool credited back, the offline path with
// an authorization code file, and files that must be refused before the router is touched (a code
// for another UDI, a corrupt file). Codes are kept per device (device_codes).
#include "DeviceFlowLab.h"

#include "cssm/CssmClient.h"
#include "cssm/CssmResults.h"
#include "flows/JobManager.h"
#include "flows/SlrJob.h"
#include "parse/StatusParser.h"
#include "store/DeviceCodes.h"
#include "store/ReportLibrary.h"

#include <QSignalSpy>
#include <QtTest>

using namespace slp;
using namespace slp::test;

namespace {

const QString adv = QStringLiteral("ADV-SE-100G-RTU-1");
// r0003 and r0006 each use 2 ADV licenses: the pool of 3 serves one of them.
const QHash<QString, int> pools {
    {QStringLiteral("ESS-ED-100G-SIA3"), 100}, {QStringLiteral("ESS-SE-100G-RTU-1"), 100}, {adv, 3}};
const QString online = QStringLiteral("r0003");
const QString shortPool = QStringLiteral("r0006");
const QString offline = QStringLiteral("r0002");
const QString other = QStringLiteral("r0004");

} // namespace

class TestSlrFlows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlineRequestInstallsAndVerifies();
    void shortPoolIsRefusedWithNothingInstalled();
    void returnCreditsThePoolBack();
    void offlineCodeFromAFileIsInstalled();
    void returnWithoutConfiguredCssmKeepsTheCode();
    void codeForAnotherUdiIsRefusedBeforeTheRouter();
    void corruptFileIsRefused();
    void cancelDropsAPendingRequest();

private:
    QList<DeviceCode> codes(const QString &hostname);
    QStringList kinds(const QString &hostname);
    // cssmsim's reservations by UDI (GET /_control/state, CSSMSIM.md).
    QJsonObject reservations()
    {
        return m_lab.cssmsim()
            .control()
            .value(QStringLiteral("state"))
            .toObject()
            .value(QStringLiteral("reservations"))
            .toObject();
    }
    QString udiOf(const QString &hostname) { return m_lab.fleet().router(hostname)->udi; }
    SlrJob *slr(SlrJob::Mode mode, bool online, const QString &file = {})
    {
        return new SlrJob(m_lab.manager().environment(), {}, {mode, online, file});
    }

    DeviceFlowLab m_lab {6, pools};
    QTemporaryDir m_files;
};

void TestSlrFlows::initTestCase()
{
    const QString problem = m_lab.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QList<DeviceCode> TestSlrFlows::codes(const QString &hostname)
{
    const StoreResult<QList<DeviceCode>> kept = waitWithEvents(DeviceCodes(m_lab.store()).list(m_lab.idOf(hostname)));
    return kept.value;
}

QStringList TestSlrFlows::kinds(const QString &hostname)
{
    QStringList names;
    for (const DeviceCode &code : codes(hostname))
        names.append(DeviceCode::kindName(code.kind));
    return names;
}

void TestSlrFlows::onlineRequestInstallsAndVerifies()
{
    SlrJob *job = slr(SlrJob::Mode::Request, true);
    QCOMPARE(m_lab.run(job, {online}), JobState::Succeeded);
    const QString message = DeviceFlowLab::messageOf(*job, m_lab.idOf(online));
    QVERIFY2(message.contains(QLatin1String("reservation installed (3 license(s))")), qPrintable(message));
    QCOMPARE(kinds(online),
             QStringList({QStringLiteral("request"), QStringLiteral("authorization"), QStringLiteral("confirmation")}));
    const QList<DeviceCode> kept = codes(online);
    QVERIFY(kept.at(0).code.contains(QLatin1String(":") + udiOf(online).section(QLatin1String("SN:"), 1)));
    QVERIFY(message.contains(kept.at(2).code));
    QCOMPARE(kept.at(0).jobId, job->id());
    // The router has it, CSSM drew it from the pool, the snapshot shows it.
    QCOMPARE(m_lab.routerState(online)
                 .value(QStringLiteral("reservation"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("SPECIFIC INSTALLED"));
    QVERIFY(reservations().contains(udiOf(online)));
    const std::optional<SnapshotRecord> latest = m_lab.probe().latest(m_lab.idOf(online));
    QVERIFY(latest);
    QCOMPARE(latest->summary.jobId, job->id());
    bool statusSeen = false;
    for (const RawOutput &raw : latest->rawOutputs) {
        if (raw.command != QLatin1String("show license status"))
            continue;
        const ParseResult<LicenseStatus> status = StatusParser::parse(raw.text);
        QCOMPARE(status.data.reservationStatus, QStringLiteral("REGISTERED - SPECIFIC LICENSE RESERVATION"));
        QVERIFY2(status.issues.isEmpty(), qPrintable(status.issues.value(0).message));
        statusSeen = true;
    }
    QVERIFY(statusSeen);
    QVERIFY(m_lab.auditCommands(online).contains(
        QStringLiteral("license smart reservation install file %1").arg(SlrJob::remoteAuthorizationPath())));
    // The uploaded file is kept in the report library, listed with the device.
    ReportLibrary library(m_lab.store(), m_lab.libraryDirectory());
    const StoreResult<QList<LibraryFile>> files
        = waitWithEvents(library.files(m_lab.idOf(online), LibraryFileKind::SlrAuthorization));
    QVERIFY(files.ok());
    QCOMPARE(files.value.size(), 1);
    QCOMPARE(files.value.first().jobId, job->id());
    QFile stored(library.absolutePath(files.value.first()));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(stored.readAll()), kept.at(1).code);
}

void TestSlrFlows::shortPoolIsRefusedWithNothingInstalled()
{
    SlrJob *job = slr(SlrJob::Mode::Request, true);
    QCOMPARE(m_lab.run(job, {shortPool}), JobState::Failed);
    const QString message = DeviceFlowLab::messageOf(*job, m_lab.idOf(shortPool));
    QVERIFY2(
        message.contains(QStringLiteral("CSSM refused the reservation: Insufficient licenses for %1 in virtual account "
                                        "Core: requested 2, available 1")
                             .arg(adv))
            && message.contains(QLatin1String("nothing was installed")),
        qPrintable(message));
    // The request code is kept (the router made one), nothing else.
    QCOMPARE(kinds(shortPool), QStringList({QStringLiteral("request")}));
    QVERIFY(!reservations().contains(udiOf(shortPool)));
    QVERIFY(m_lab.routerState(shortPool)
                .value(QStringLiteral("reservation"))
                .toObject()
                .value(QStringLiteral("status"))
                .toString()
            != QLatin1String("SPECIFIC INSTALLED"));
}

void TestSlrFlows::returnCreditsThePoolBack()
{
    QVERIFY(reservations().contains(udiOf(online)));
    SlrJob *job = slr(SlrJob::Mode::Return, false);
    QCOMPARE(m_lab.run(job, {online}), JobState::Succeeded);
    const QString message = DeviceFlowLab::messageOf(*job, m_lab.idOf(online));
    QVERIFY2(message.contains(QLatin1String("credited back in CSSM")), qPrintable(message));
    QCOMPARE(kinds(online).last(), QStringLiteral("return"));
    QVERIFY(message.contains(codes(online).last().code));
    QVERIFY(!reservations().contains(udiOf(online)));
    // The pool is whole again: the device that was refused gets its licenses now.
    SlrJob *install = slr(SlrJob::Mode::Install, true);
    QCOMPARE(m_lab.run(install, {shortPool}), JobState::Succeeded);
    QVERIFY(reservations().contains(udiOf(shortPool)));
}

void TestSlrFlows::offlineCodeFromAFileIsInstalled()
{
    SlrJob *request = slr(SlrJob::Mode::Request, false);
    QCOMPARE(m_lab.run(request, {offline}), JobState::Succeeded);
    QCOMPARE(kinds(offline), QStringList({QStringLiteral("request")}));
    const QString requestCode = codes(offline).first().code;
    QVERIFY(DeviceFlowLab::messageOf(*request, m_lab.idOf(offline)).contains(requestCode));

    // The admin takes the request code to CSSM and brings the authorization code back in a file.
    CssmRequestJob *reserve = m_lab.cssm()->reserveLicenses({{requestCode, {{QStringLiteral("ESS-ED-100G-SIA3"), 2}}}});
    QSignalSpy finished(reserve, &CssmRequestJob::finished);
    QVERIFY(finished.wait(20000));
    QVERIFY2(reserve->error().ok(), qPrintable(reserve->error().message));
    const QByteArray authorization = cssmresults::reservations(reserve->json()).first().authorizationCode;
    const QString file = m_files.filePath(QStringLiteral("auth.txt"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(authorization + "\n");
    out.close();

    SlrJob *install = slr(SlrJob::Mode::Install, false, file);
    QCOMPARE(m_lab.run(install, {offline}), JobState::Succeeded);
    QVERIFY2(DeviceFlowLab::messageOf(*install, m_lab.idOf(offline))
                 .contains(QLatin1String("reservation installed (1 license(s))")),
             qPrintable(DeviceFlowLab::messageOf(*install, m_lab.idOf(offline))));
    QCOMPARE(kinds(offline),
             QStringList({QStringLiteral("request"), QStringLiteral("authorization"), QStringLiteral("confirmation")}));
    QCOMPARE(codes(offline).at(1).code.toUtf8(), authorization);
    QCOMPARE(m_lab.routerState(offline)
                 .value(QStringLiteral("reservation"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("SPECIFIC INSTALLED"));
}

void TestSlrFlows::returnWithoutConfiguredCssmKeepsTheCode()
{
    // The console always hands jobs a CSSM client, configured or not: an unconfigured one must not
    // turn a return the router did into a failure; the code is kept for the CSSM portal.
    CssmClient unconfigured(CssmSettings {}, nullptr);
    JobEnvironment environment = m_lab.manager().environment();
    environment.cssm = &unconfigured;
    auto *job = new SlrJob(environment, {}, {SlrJob::Mode::Return, false, {}});
    QCOMPARE(m_lab.run(job, {offline}), JobState::Succeeded);
    const QString message = DeviceFlowLab::messageOf(*job, m_lab.idOf(offline));
    QVERIFY2(message.contains(QLatin1String("enter it in CSSM")), qPrintable(message));
    QCOMPARE(kinds(offline).last(), QStringLiteral("return"));
    QVERIFY(message.contains(codes(offline).last().code));
}

void TestSlrFlows::codeForAnotherUdiIsRefusedBeforeTheRouter()
{
    // auth.txt holds r0002's code only.
    const QString file = m_files.filePath(QStringLiteral("auth.txt"));
    QVERIFY(QFileInfo::exists(file));
    const qsizetype auditedBefore = m_lab.auditCommands(other).size();
    SlrJob *install = slr(SlrJob::Mode::Install, false, file);
    QCOMPARE(m_lab.run(install, {other}), JobState::Failed);
    const QString message = DeviceFlowLab::messageOf(*install, m_lab.idOf(other));
    QVERIFY2(message.contains(QStringLiteral("holds no authorization code for %1").arg(udiOf(other)))
                 && message.contains(udiOf(offline).replace(QLatin1String("PID:"), QLatin1String("PID:")))
                 && message.contains(QLatin1String("nothing was sent to the router")),
             qPrintable(message));
    QCOMPARE(m_lab.auditCommands(other).size(), auditedBefore);
    QVERIFY(kinds(other).isEmpty());
}

void TestSlrFlows::corruptFileIsRefused()
{
    const QString file = m_files.filePath(QStringLiteral("corrupt.txt"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("<specificPLR><authorizationCode><flag>A</flag><entitlements><entitlement><tag>T");
    out.close();
    const qsizetype auditedBefore = m_lab.auditCommands(other).size();
    SlrJob *install = slr(SlrJob::Mode::Install, false, file);
    QCOMPARE(m_lab.run(install, {other}), JobState::Failed);
    const QString message = DeviceFlowLab::messageOf(*install, m_lab.idOf(other));
    QVERIFY2(message.contains(QStringLiteral("%1 is not an SLR authorization code file").arg(file)),
             qPrintable(message));
    QCOMPARE(m_lab.auditCommands(other).size(), auditedBefore);
}

void TestSlrFlows::cancelDropsAPendingRequest()
{
    const QString pending = QStringLiteral("r0005");
    auto status = [this, &pending] {
        return m_lab.routerState(pending)
            .value(QStringLiteral("reservation"))
            .toObject()
            .value(QStringLiteral("status"))
            .toString();
    };
    QCOMPARE(m_lab.run(slr(SlrJob::Mode::Request, false), {pending}), JobState::Succeeded);
    QCOMPARE(status(), QStringLiteral("RESERVATION IN PROGRESS"));
    SlrJob *cancel = slr(SlrJob::Mode::Cancel, false);
    QCOMPARE(m_lab.run(cancel, {pending}), JobState::Succeeded);
    QVERIFY2(DeviceFlowLab::messageOf(*cancel, m_lab.idOf(pending)).contains(QLatin1String("request cancelled")),
             qPrintable(DeviceFlowLab::messageOf(*cancel, m_lab.idOf(pending))));
    QCOMPARE(status(), QStringLiteral("NOT INSTALLED"));
    QVERIFY(m_lab.auditCommands(pending).contains(QStringLiteral("license smart reservation cancel local")));
}

QTEST_GUILESS_MAIN(TestSlrFlows)
#include "test_slr_flows.moc"
