// The offline cycle end to end with slpctl, xrsim and cssmsim as separate processes: a 50-router
// generated fleet is refreshed, its usage collected and exported as an upload bundle (Download All for
// Cisco), cssmsim answers with an ACK bundle, and import-acks (Upload from Cisco) brings every ACK to
// its router: each router that reported shows a new Last ACK received and a later next ACK deadline
// (7.x routers print the classic status without ACK fields: their import must succeed, unverified).
#include "OfflineCycle.h"
#include "StoreProbe.h"

#include "formats/AckBundleReader.h"
#include "store/ReportLibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace slp;
using namespace slp::test;

namespace {

constexpr int fleetSize = 50;
constexpr quint64 seed = 11;

struct AckState
{
    QDateTime lastAck;
    QDateTime nextAckDeadline;
};

QHash<QString, AckState> ackStates(const QString &databasePath)
{
    StoreProbe probe(databasePath);
    QHash<QString, AckState> states;
    for (const DeviceOverview &device : probe.overview()) {
        if (device.latest)
            states.insert(device.device.hostname, {device.latest->lastAck, device.latest->nextAckDeadline});
    }
    return states;
}

} // namespace

class TestOfflineCycle : public QObject
{
    Q_OBJECT

private slots:
    void everyReportingRouterGetsANewAck();
};

void TestOfflineCycle::everyReportingRouterGetsANewAck()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OfflineCycle cycle(dir.path(), fleetSize, seed);
    QString error;
    QVERIFY2(cycle.setUp(&error), qPrintable(error));

    // Unreachable routers of the generated fleet fail refresh and collect: the others go on.
    const OfflineCycle::Phase refreshed = cycle.refresh();
    QVERIFY2(refreshed.result.exitCode == 0 || refreshed.result.exitCode == 1, qPrintable(refreshed.result.describe()));
    const QHash<QString, AckState> before = ackStates(cycle.slpctl().databasePath());
    QVERIFY2(before.size() >= fleetSize * 3 / 4, qPrintable(refreshed.result.describe()));

    const OfflineCycle::Phase collected = cycle.collect();
    QVERIFY2(collected.result.exitCode == 0 || collected.result.exitCode == 1, qPrintable(collected.result.describe()));
    const OfflineCycle::Phase exported = cycle.exportBundle();
    QVERIFY2(QFile::exists(cycle.uploadBundlePath()), qPrintable(exported.result.describe()));
    const OfflineCycle::Phase acked = cycle.cssmAckBundle();
    QVERIFY2(acked.result.exitCode == 0, qPrintable(acked.result.describe()));

    // Which routers CSSM answered, read independently of the console's flow.
    QFile ackFile(cycle.ackBundlePath());
    QVERIFY(ackFile.open(QIODevice::ReadOnly));
    const FormatResult<AckBundle> bundle = AckBundleReader::read(ackFile.readAll(), ackFile.fileName());
    QVERIFY2(bundle.ok(), qPrintable(bundle.error()));
    QSet<QString> ackedUdis;
    for (const AckBundleEntry &entry : bundle.value().entries) {
        QVERIFY2(entry.udi, qPrintable(entry.path));
        ackedUdis.insert(entry.udi->canonicalText());
    }

    // Every reachable router running Smart Licensing Using Policy reported.
    QHash<QString, QString> udiByHost;
    QSet<QString> classicHosts; // 7.x: classic Smart Licensing status, no ACK fields to compare
    QSet<QString> reservedHosts; // SLR installed: reports are acknowledged, but there is no ACK deadline
    int reporting = 0;
    for (const QJsonValue &value : cycle.fleet().value(QStringLiteral("routers")).toArray()) {
        const QJsonObject router = value.toObject();
        const QString host = router.value(QStringLiteral("hostname")).toString();
        const QString udi = QStringLiteral("PID:%1,SN:%2")
                                .arg(router.value(QStringLiteral("pid")).toString(),
                                     router.value(QStringLiteral("serial")).toString());
        udiByHost.insert(host, udi);
        const QString scenario = router.value(QStringLiteral("description")).toString();
        const bool classic = router.value(QStringLiteral("version")).toString().startsWith(QLatin1String("7."));
        if (classic)
            classicHosts.insert(host);
        if (scenario == QLatin1String("slr-installed"))
            reservedHosts.insert(host);
        if (scenario == QLatin1String("unreachable") || classic)
            continue;
        ++reporting;
        QVERIFY2(ackedUdis.contains(udi),
                 qPrintable(host + QStringLiteral(" (") + scenario + QStringLiteral(") got no ACK")));
    }
    QVERIFY(reporting >= fleetSize / 2);

    const OfflineCycle::Phase imported = cycle.importAcks();
    QVERIFY2(imported.result.exitCode == 0, qPrintable(imported.result.describe()));
    QVERIFY2(imported.result.out.contains(
                 QByteArray(QByteArray::number(ackedUdis.size()) + " matched to a device, 0 unmatched, 0 refused")),
             qPrintable(imported.result.describe()));

    const QHash<QString, AckState> after = ackStates(cycle.slpctl().databasePath());
    int moved = 0;
    for (auto it = udiByHost.cbegin(); it != udiByHost.cend(); ++it) {
        if (!ackedUdis.contains(it.value()) || classicHosts.contains(it.key()))
            continue;
        const AckState was = before.value(it.key());
        const AckState now = after.value(it.key());
        QVERIFY2(now.lastAck.isValid() && (!was.lastAck.isValid() || now.lastAck > was.lastAck),
                 qPrintable(it.key() + QStringLiteral(": Last ACK ") + was.lastAck.toString(Qt::ISODate)
                            + QStringLiteral(" -> ") + now.lastAck.toString(Qt::ISODate)));
        // A router acknowledged before gets a later deadline (last ACK + reporting frequency); one that
        // never had an ACK gets one computed from this ACK (possibly earlier than its first-report date);
        // a reservation has none.
        bool deadlineOk = reservedHosts.contains(it.key());
        if (!deadlineOk && now.nextAckDeadline.isValid())
            deadlineOk
                = !was.lastAck.isValid() || !was.nextAckDeadline.isValid() || now.nextAckDeadline > was.nextAckDeadline;
        QVERIFY2(deadlineOk,
                 qPrintable(it.key() + QStringLiteral(": next ACK deadline ")
                            + was.nextAckDeadline.toString(Qt::ISODate) + QStringLiteral(" -> ")
                            + now.nextAckDeadline.toString(Qt::ISODate)));
        ++moved;
    }
    QCOMPARE(moved + int(classicHosts.size()), int(ackedUdis.size()));

    // The library: one imported ACK per router, and the RUM files they answer acknowledged.
    StoreProbe probe(cycle.slpctl().databasePath());
    ReportLibrary library(probe.store(), QDir(cycle.slpctl().dataDir()).filePath(QStringLiteral("library")));
    LibraryFilter acks;
    acks.kind = LibraryFileKind::Ack;
    acks.state = LibraryFileState::Imported;
    QCOMPARE(library.list(acks).result().value.size(), ackedUdis.size());
    LibraryFilter rum;
    rum.kind = LibraryFileKind::Rum;
    rum.state = LibraryFileState::Acknowledged;
    QVERIFY(library.list(rum).result().value.size() >= ackedUdis.size());
    QCOMPARE(probe.integrity(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestOfflineCycle)
#include "test_offline_cycle.moc"
