#include "RumReportFile.h"

namespace slp {

QList<qint64> RumReportFile::reportIds() const
{
    QList<qint64> ids;
    ids.reserve(reports.size());
    for (const RumReport &report : reports)
        ids.append(report.reportId);
    return ids;
}

QStringList RumReportFile::entitlementTags() const
{
    QStringList tags;
    for (const RumReport &report : reports) {
        if (!report.entitlementTag.isEmpty() && !tags.contains(report.entitlementTag))
            tags.append(report.entitlementTag);
    }
    return tags;
}

QList<Sudi> RumReportFile::signingUdis() const
{
    QList<Sudi> udis;
    for (const RumReport &report : reports) {
        if (!udis.contains(report.signatureSudi))
            udis.append(report.signatureSudi);
    }
    return udis;
}

QString RumReportFile::verifyBelongsTo(const Sudi &device, const QList<Sudi> &haMembers) const
{
    const auto belongs = [&](const Sudi &udi) { return udi == device || haMembers.contains(udi); };
    for (const RumReport &report : reports) {
        if (!belongs(report.signatureSudi)) {
            return QStringLiteral("report %1 was signed by %2, not by device %3")
                .arg(report.reportId)
                .arg(report.signatureSudi.toUdiString(), device.toUdiString());
        }
        if (!belongs(report.instanceSudi)) {
            return QStringLiteral("report %1 describes %2, not device %3")
                .arg(report.reportId)
                .arg(report.instanceSudi.toUdiString(), device.toUdiString());
        }
    }
    return {};
}

} // namespace slp
