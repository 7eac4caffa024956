#include "RumReportFile.h"

#include "UdiFields.h"

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

QList<Udi> RumReportFile::signingUdis() const
{
    QList<Udi> udis;
    for (const RumReport &report : reports) {
        if (!UdiFields::containsDevice(udis, report.signatureUdi))
            udis.append(report.signatureUdi);
    }
    return udis;
}

QString RumReportFile::verifyBelongsTo(const Udi &device, const QList<Udi> &haMembers) const
{
    const auto belongs = [&](const Udi &udi) {
        return UdiFields::sameDevice(udi, device) || UdiFields::containsDevice(haMembers, udi);
    };
    for (const RumReport &report : reports) {
        if (!belongs(report.signatureUdi)) {
            return QStringLiteral("report %1 was signed by %2, not by device %3")
                .arg(report.reportId)
                .arg(report.signatureUdi.canonicalText(), device.canonicalText());
        }
        if (!belongs(report.instanceUdi)) {
            return QStringLiteral("report %1 describes %2, not device %3")
                .arg(report.reportId)
                .arg(report.instanceUdi.canonicalText(), device.canonicalText());
        }
    }
    return {};
}

} // namespace slp
