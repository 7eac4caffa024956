#include "ShowDataText.h"

namespace slp {

namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString when(const std::optional<QDateTime> &value)
{
    return value ? value->toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QStringLiteral("-");
}

QString number(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

QString days(const PolicyCategory &category)
{
    return number(category.firstReportDays) + u'/' + number(category.reportingFrequencyDays) + u'/'
        + number(category.reportOnChangeDays);
}

QString trustText(const TrustInfo &trust)
{
    if (trust.installedOn)
        return QStringLiteral("installed ") + when(trust.installedOn);
    if (trust.perUdi.isEmpty())
        return QStringLiteral("not installed");
    QStringList parts;
    for (const TrustCode &code : trust.perUdi)
        parts.append((code.role == DeviceRole::None ? code.udi.canonicalText() : deviceRoleName(code.role)) + u' '
                     + (code.installed ? when(code.installedOn) : QStringLiteral("not installed")));
    return parts.join(QStringLiteral(", "));
}

void addStatus(const LicenseStatus &status, QStringList &lines)
{
    const Transport &transport = status.transport;
    lines.append(QStringLiteral("account: ") + orDash(status.account.smartAccount) + QStringLiteral(" / ")
                 + orDash(status.account.virtualAccount));
    lines.append(
        QStringLiteral("transport: ") + transportTypeName(transport.type) + u' '
        + orDash(transport.type == TransportType::Cslu ? transport.csluAddress : transport.url)
        + QStringLiteral(", proxy ")
        + (transport.proxyHost ? *transport.proxyHost + u':' + number(transport.proxyPort) : QStringLiteral("none"))
        + QStringLiteral(", vrf ")
        + (transport.vrf ? *transport.vrf
                         : (transport.vrfSupported ? QStringLiteral("none") : QStringLiteral("not supported"))));
    const Policy &policy = status.policy;
    lines.append(QStringLiteral("policy: ") + orDash(policy.policyInUse)
                 + QStringLiteral(" days first/frequency/change: ") + QStringLiteral("perpetual ")
                 + days(policy.unenforcedPerpetual) + QStringLiteral(", subscription ")
                 + days(policy.unenforcedSubscription) + QStringLiteral(", enforced ") + days(policy.enforced)
                 + QStringLiteral(", export ") + days(policy.exportRestricted));
    const UsageReporting &reporting = status.usageReporting;
    lines.append(QStringLiteral("last ACK: ") + when(reporting.lastAckReceived)
                 + QStringLiteral(", next ACK deadline: ") + when(reporting.nextAckDeadline)
                 + QStringLiteral(", push interval: ")
                 + (reporting.noReporting            ? QStringLiteral("no reporting")
                        : reporting.pushIntervalDays ? number(reporting.pushIntervalDays) + QStringLiteral(" days")
                                                     : QStringLiteral("-")));
    lines.append(QStringLiteral("trust code: ") + trustText(status.trust));
    if (status.legacy)
        lines.append(QStringLiteral("smart licensing (pre-24.1): registration ") + orDash(status.legacy->status)
                     + QStringLiteral(", authorization ") + orDash(status.legacy->authorization.state));
}

void addLicenses(const QList<LicenseUsage> &licenses, QStringList &lines)
{
    lines.append(QStringLiteral("licenses: ") + QString::number(licenses.size()));
    for (const LicenseUsage &license : licenses)
        lines.append(QStringLiteral("  ") + license.name + QStringLiteral(" (") + license.entitlementTag
                     + QStringLiteral(") count ") + number(license.count) + u' ' + orDash(license.status));
}

void addUdi(const UdiInfo &info, QStringList &lines)
{
    lines.append(QStringLiteral("udi: ") + (info.udi ? info.udi->canonicalText() : QStringLiteral("-")));
    for (const HaUdi &entry : info.haUdis)
        lines.append(QStringLiteral("  ") + orDash(deviceRoleName(entry.role)) + u' ' + entry.udi.canonicalText()
                     + (entry.location.isEmpty() ? QString() : QStringLiteral(" at ") + entry.location));
}

void addSia(const std::optional<SiaStatus> &sia, QStringList &lines)
{
    if (sia)
        lines.append(QStringLiteral("SIA: ") + orDash(sia->status)
                     + (sia->gracePeriod.isEmpty() ? QString() : QStringLiteral(" (") + sia->gracePeriod + u')'));
}

} // namespace

QStringList showDataSummaryLines(const ShowData &data)
{
    QStringList lines;
    if (const auto *status = std::get_if<LicenseStatus>(&data)) {
        addStatus(*status, lines);
    } else if (const auto *all = std::get_if<LicenseAll>(&data)) {
        addStatus(all->status, lines);
        addLicenses(all->licenses, lines);
        addUdi(all->product, lines);
        lines.append(QStringLiteral("reports: total ") + number(all->reportSummary.total)
                     + QStringLiteral(", acknowledged ") + number(all->reportSummary.acknowledgedReceived)
                     + QStringLiteral(", waiting for ACK ") + number(all->reportSummary.waitingForAck));
    } else if (const auto *usage = std::get_if<LicenseUsageList>(&data)) {
        addLicenses(usage->licenses, lines);
    } else if (const auto *summary = std::get_if<LicenseSummary>(&data)) {
        lines.append(QStringLiteral("account: ") + orDash(summary->account.smartAccount) + QStringLiteral(" / ")
                     + orDash(summary->account.virtualAccount));
        for (const LicenseSummaryRow &row : summary->rows)
            lines.append(QStringLiteral("  ") + row.name + QStringLiteral(" (") + row.entitlementTag
                         + QStringLiteral(") count ") + number(row.count) + u' ' + orDash(row.status));
    } else if (const auto *udi = std::get_if<UdiInfo>(&data)) {
        addUdi(*udi, lines);
    } else if (const auto *reservation = std::get_if<Reservation>(&data)) {
        lines.append(QStringLiteral("reservation: ")
                     + (reservation->enabled.value_or(false) ? QStringLiteral("enabled") : QStringLiteral("disabled")));
        for (const UdiAuthorization &entry : reservation->perUdi)
            lines.append(QStringLiteral("  ") + entry.udi.canonicalText() + u' ' + orDash(entry.status.state));
    } else if (const auto *platform = std::get_if<PlatformSummary>(&data)) {
        lines.append(QStringLiteral("next collection: ") + when(platform->schedule.collectionNext)
                     + QStringLiteral(", next report: ") + when(platform->schedule.reportingNext));
        addSia(platform->sia, lines);
        for (const PlatformFeatureRow &row : platform->features)
            lines.append(QStringLiteral("  ") + row.featureArea + QStringLiteral(": ") + row.entitlement
                         + QStringLiteral(" last ") + number(row.lastCount) + QStringLiteral(" next ")
                         + number(row.nextCount));
    } else if (const auto *detail = std::get_if<PlatformDetail>(&data)) {
        addSia(detail->sia, lines);
        lines.append(QStringLiteral("entitlements: ") + QString::number(detail->entitlements.size()));
    } else if (const auto *rows = std::get_if<QList<RumReportRow>>(&data)) {
        lines.append(QStringLiteral("RUM reports: ") + QString::number(rows->size()));
        for (const RumReportRow &row : *rows)
            lines.append(QStringLiteral("  ") + QString::number(row.id) + u' ' + row.state + u' ' + row.featureName);
    } else if (const auto *reports = std::get_if<QList<RumReportDetail>>(&data)) {
        for (const RumReportDetail &report : *reports)
            lines.append(QStringLiteral("RUM report ") + QString::number(report.id) + u' ' + report.state + u' '
                         + report.featureName + QStringLiteral(" from ") + when(report.startTime)
                         + QStringLiteral(" to ") + when(report.endTime));
    }
    return lines;
}

} // namespace slp
