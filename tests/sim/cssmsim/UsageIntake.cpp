#include "UsageIntake.h"

#include "LicenseFiles.h"
#include "SimCrypto.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace slp::cssmsim {

namespace {

struct ReadReport
{
    qint64 id = 0;
    QString tag;
    qint64 count = 0;
};

std::optional<ReadReport> readPayload(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(payload, &error).object();
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    ReadReport report;
    const QJsonValue id
        = object.value(QStringLiteral("asset_identification")).toObject().value(QStringLiteral("report_id"));
    report.id = id.isString() ? id.toString().toLongLong() : id.toInteger();
    if (report.id <= 0)
        return std::nullopt;
    report.tag = object.value(QStringLiteral("meta")).toObject().value(QStringLiteral("entitlement_tag")).toString();
    for (const QJsonValue &measurement : object.value(QStringLiteral("measurements")).toArray()) {
        const QJsonObject m = measurement.toObject();
        if (m.value(QStringLiteral("metric_name")).toString() != QLatin1String("ENTITLEMENT"))
            continue;
        const QJsonValue value = m.value(QStringLiteral("value")).toObject().value(QStringLiteral("value"));
        report.count = std::max(report.count, value.isString() ? value.toString().toLongLong() : value.toInteger());
    }
    return report;
}

} // namespace

UsageIntake::UsageIntake(const LabKeys &keys, AccountBook &book)
    : m_keys(keys)
    , m_book(book)
{ }

QString UsageIntake::udiText(const QJsonObject &sudi)
{
    return QStringLiteral("PID:%1,SN:%2")
        .arg(sudi.value(QStringLiteral("udi_pid")).toString(),
             sudi.value(QStringLiteral("udi_serial_number")).toString());
}

std::optional<QList<UsageIntake::Ack>>
UsageIntake::accept(const QList<Device> &devices, AccountBook::VirtualAccount *account, qint64 now, QString *problem)
{
    struct Verified
    {
        QString udi;
        ReadReport report;
    };
    QList<Verified> verified;
    QSet<QPair<QString, qint64>> inThisSubmission;
    QList<Ack> acks;
    for (const Device &device : devices) {
        Ack ack {device.udi, device.sudi, device.softwareTagIdentifier, {}, {}};
        for (qsizetype i = 0; i < device.reports.size(); ++i) {
            const Report &report = device.reports.at(i);
            const QString udi = report.signerUdi.isEmpty() ? device.udi : report.signerUdi;
            const auto read = readPayload(report.payload);
            if (!read) {
                *problem = QStringLiteral("Report #%1 from %2: the payload is not a RUM report").arg(i + 1).arg(udi);
                return std::nullopt;
            }
            const QByteArray expected = hmacSha256(m_keys.routerKey(udi), report.payload);
            if (!equalDigests(QByteArray::fromBase64(report.signature), expected)) {
                *problem = QStringLiteral("Report %1 from %2: signature verification failed (payload altered or signed "
                                          "with another key)")
                               .arg(read->id)
                               .arg(udi);
                return std::nullopt;
            }
            if (m_book.reportSeen(udi, read->id) || inThisSubmission.contains({udi, read->id})) {
                *problem = QStringLiteral("Report %1 from %2: duplicate report, it was received before")
                               .arg(read->id)
                               .arg(udi);
                return std::nullopt;
            }
            inThisSubmission.insert({udi, read->id});
            verified.append({udi, *read});
            ack.reportIds.append(read->id);
        }
        bool installTrust = false;
        for (const QByteArray &request : device.trustRequests) {
            if (licensefiles::openEnvelope(m_keys.routerKey(device.udi), request))
                installTrust = true;
        }
        ack.ackFile = licensefiles::ackFile(m_keys.labKey(), device.udi, now, ack.reportIds, installTrust);
        acks.append(ack);
    }
    // Everything checked: now it counts. The newest report of a device and tag carries its usage.
    QHash<QPair<QString, QString>, qint64> newestId;
    for (const Verified &entry : std::as_const(verified)) {
        m_book.markReportSeen(entry.udi, entry.report.id);
        if (!account || entry.report.tag.isEmpty())
            continue;
        const QPair<QString, QString> key(entry.udi, entry.report.tag);
        if (entry.report.id >= newestId.value(key, 0)) {
            newestId.insert(key, entry.report.id);
            account->usage[entry.report.tag].insert(entry.udi, entry.report.count);
        }
    }
    return acks;
}

} // namespace slp::cssmsim
