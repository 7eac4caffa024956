#include "StoreTestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace slp::test {

DeviceRecord sampleDevice(int n)
{
    DeviceRecord device;
    device.hostname = QStringLiteral("r%1").arg(n);
    device.address = QStringLiteral("10.0.%1.%2").arg(n / 250).arg(n % 250 + 1);
    device.username = QStringLiteral("admin");
    device.tags = {QStringLiteral("lab")};
    device.site = QStringLiteral("Site %1").arg(n % 3);
    return device;
}

SnapshotRecord sampleSnapshot(qint64 deviceId, const QDateTime &takenAt, int licenses)
{
    SnapshotRecord snapshot;
    SnapshotSummary &summary = snapshot.summary;
    summary.deviceId = deviceId;
    summary.takenAt = takenAt;
    summary.udi = QStringLiteral("PID:NCS-55A1-24H,SN:FOC%1").arg(deviceId, 8, 10, QLatin1Char('0'));
    summary.platformPid = QStringLiteral("NCS-55A1-24H");
    summary.serial = QStringLiteral("FOC%1").arg(deviceId, 8, 10, QLatin1Char('0'));
    summary.softwareVersion = QStringLiteral("7.11.2");
    summary.transportType = QStringLiteral("smart");
    summary.trustInstalled = true;
    summary.lastAck = takenAt.addDays(-10);
    summary.nextAckDeadline = takenAt.addDays(20);
    summary.complianceState = QStringLiteral("in-compliance");
    summary.nextDue = takenAt.addDays(80);
    summary.dueReason = QStringLiteral("periodic");
    summary.parseIssueCount = 1;
    snapshot.state = QJsonObject {
        {QStringLiteral("udi"), summary.udi},
        {QStringLiteral("policy"), QJsonObject {{QStringLiteral("name"), QStringLiteral("Cisco default")}}}};
    for (int i = 0; i < licenses; ++i) {
        snapshot.usage.append({QStringLiteral("License %1").arg(i),
                               QStringLiteral("regid.2017-05.com.cisco.lic%1,1.0_abcdef").arg(i), qint64(i + 1),
                               QStringLiteral("1.0"), QStringLiteral("IN USE"),
                               i % 2 ? QStringLiteral("Subscription") : QStringLiteral("Perpetual"),
                               QStringLiteral("NOT ENFORCED"), QStringLiteral("NOT RESTRICTED")});
    }
    snapshot.rawOutputs = {
        {QStringLiteral("show license status"), QStringLiteral("Smart Licensing Using Policy:\n  Status: ENABLED\n")},
        {QStringLiteral("show license usage"), QStringLiteral("License Authorization:\n  Status: Not Applicable\n")}};
    return snapshot;
}

namespace {

// A short-lived connection of this thread; removed again when the scope ends.
class ScratchConnection
{
public:
    explicit ScratchConnection(const QString &path)
        : m_name(QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        database.setDatabaseName(path);
        if (!database.open())
            qWarning("cannot open %s: %s", qPrintable(path), qPrintable(database.lastError().text()));
    }
    ~ScratchConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace

QVariant sqlScalar(const QString &path, const QString &sql)
{
    ScratchConnection connection(path);
    QVariant value;
    {
        QSqlQuery query(connection.database());
        if (!query.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        else if (query.next())
            value = query.value(0);
    }
    return value;
}

bool sqlExecScript(const QString &path, const QString &script)
{
    ScratchConnection connection(path);
    QSqlQuery query(connection.database());
    for (const QString &statement : script.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
        if (statement.trimmed().isEmpty())
            continue;
        if (!query.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            return false;
        }
    }
    return true;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace slp::test
