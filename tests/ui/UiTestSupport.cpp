#include "UiTestSupport.h"

#include "secrets/InMemorySecretStore.h"
#include "settings/ConsoleSettings.h"
#include "store/Store.h"

#include <QSignalSpy>

namespace slp::test {

TestConsole::TestConsole()
{
    ui::ConsoleContext::Paths paths;
    paths.database = m_dir.filePath(QStringLiteral("slpconsole.sqlite"));
    paths.knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
    m_context = std::make_unique<ui::ConsoleContext>(
        std::make_unique<ui::ConsoleSettings>(m_dir.filePath(QStringLiteral("settings.ini"))),
        std::make_unique<InMemorySecretStore>(), paths);
}

TestConsole::~TestConsole() = default;

bool TestConsole::open()
{
    QSignalSpy ready(m_context.get(), &ui::ConsoleContext::ready);
    m_context->open();
    return waitForCount(ready, 1, 30'000);
}

qint64 TestConsole::addDevice(const DeviceRecord &device)
{
    auto future = m_context->store().addDevice(device);
    if (!waitFor(future) || !future.result().ok()) {
        qWarning("addDevice %s: %s", qPrintable(device.hostname), qPrintable(future.result().error.message));
        return 0;
    }
    return future.result().value;
}

qint64 TestConsole::addSnapshot(const SnapshotRecord &snapshot)
{
    auto future = m_context->store().saveSnapshot(snapshot);
    if (!waitFor(future) || !future.result().ok()) {
        qWarning("saveSnapshot: %s", qPrintable(future.result().error.message));
        return 0;
    }
    return future.result().value;
}

bool waitForCount(QSignalSpy &spy, int count, int timeoutMs)
{
    return QTest::qWaitFor([&spy, count] { return spy.count() >= count; }, timeoutMs);
}

DeviceRecord makeDevice(int index, const QString &site, const QStringList &tags)
{
    DeviceRecord device;
    device.hostname = QStringLiteral("r%1").arg(index, 5, 10, QLatin1Char('0'));
    device.username = QStringLiteral("admin");
    device.address = QStringLiteral("10.%1.%2.%3").arg((index >> 16) & 255).arg((index >> 8) & 255).arg(index & 255);
    device.site = site;
    device.tags = tags;
    return device;
}

SnapshotRecord makeSnapshot(qint64 deviceId, const QString &stateId, int daysFromNow, const QString &udi)
{
    SnapshotRecord snapshot;
    SnapshotSummary &summary = snapshot.summary;
    summary.deviceId = deviceId;
    summary.takenAt = QDateTime::currentDateTimeUtc();
    summary.udi = udi.isEmpty() ? QStringLiteral("PID:NCS-5501,SN:FOC%1").arg(deviceId, 8, 10, QLatin1Char('0')) : udi;
    summary.platformPid = summary.udi.section(u',', 0, 0).section(u':', 1);
    summary.serial = summary.udi.section(u':', -1);
    summary.softwareVersion = QStringLiteral("24.2.1");
    summary.transportType = QStringLiteral("cslu");
    summary.trustInstalled = true;
    summary.complianceState = stateId;
    // Noon: whole days from now stay whole days whatever the time zone of the test machine.
    summary.nextDue = QDateTime::currentDateTimeUtc().addDays(daysFromNow).addSecs(3600);
    summary.dueReason = QStringLiteral("periodic");
    UsageRow usage;
    usage.name = QStringLiteral("ESS_100G_RTU_1");
    usage.entitlementTag = QStringLiteral("ESS-SE-100G-RTU-1");
    usage.count = 4;
    usage.status = QStringLiteral("IN USE");
    usage.licenseType = QStringLiteral("Perpetual");
    snapshot.usage = {usage, usage};
    snapshot.usage[1].name = QStringLiteral("A9K_400GE_TRK");
    snapshot.usage[1].count = 2;
    snapshot.rawOutputs = {
        {QStringLiteral("show license status"), QStringLiteral("Smart Licensing Using Policy:\n  Status: ENABLED\n")}};
    return snapshot;
}

QJsonObject plainFleet(int count, const QString &password, const QJsonObject &faults)
{
    QJsonArray routers;
    for (int index = 1; index <= count; ++index)
        routers.append(QJsonObject {
            {QStringLiteral("hostname"), QStringLiteral("r%1").arg(index, 3, 10, QLatin1Char('0'))},
            {QStringLiteral("pid"), index % 2 ? QStringLiteral("NCS-5501") : QStringLiteral("ASR-9006-AC")},
            {QStringLiteral("serial"), QStringLiteral("FOC%1").arg(index, 8, 10, QLatin1Char('0'))},
            {QStringLiteral("licenses"),
             QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("ESS_100G_RTU_1")},
                                      {QStringLiteral("tag"), QStringLiteral("ESS-SE-100G-RTU-1")},
                                      {QStringLiteral("count"), 1 + index % 8},
                                      {QStringLiteral("type"), QStringLiteral("perpetual")}}}},
        });
    QJsonObject defaults {
        {QStringLiteral("credentials"),
         QJsonObject {{QStringLiteral("username"), QStringLiteral("admin")}, {QStringLiteral("password"), password}}},
        {QStringLiteral("version"), QStringLiteral("24.2.1")}};
    if (!faults.isEmpty())
        defaults.insert(QStringLiteral("faults"), faults);
    return {{QStringLiteral("schema"), QStringLiteral("xrsim-fleet/1")},
            {QStringLiteral("defaults"), defaults},
            {QStringLiteral("routers"), routers}};
}

} // namespace slp::test
