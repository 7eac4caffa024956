#include "ComplianceCalculator.h"

#include "LicenseCategory.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace slp {

namespace {

struct Finding
{
    ComplianceState state;
    QString text;
};

struct Deadline
{
    QDateTime at;
    DueReason reason;
};

QString date(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

bool isSlrInstalled(const ComplianceInput &input)
{
    if (input.reservation) {
        for (const UdiAuthorization &udi : input.reservation->perUdi) {
            if (udi.status.state.contains(QLatin1String("SPECIFIC INSTALLED"), Qt::CaseInsensitive))
                return true;
        }
    }
    return input.status && input.status->legacy
        && input.status->legacy->status.contains(QLatin1String("SPECIFIC LICENSE RESERVATION"), Qt::CaseInsensitive);
}

std::optional<QDateTime> earliestTrust(const TrustInfo &trust)
{
    std::optional<QDateTime> earliest = trust.installedOn;
    for (const TrustCode &code : trust.perUdi) {
        if (code.installedOn && (!earliest || *code.installedOn < *earliest))
            earliest = code.installedOn;
    }
    return earliest;
}

// Smallest non-zero value of one policy field over the categories in use.
std::optional<int> smallestNonZero(const QList<PolicyCategory> &categories, std::optional<int> PolicyCategory::*field)
{
    std::optional<int> best;
    for (const PolicyCategory &category : categories) {
        const std::optional<int> value = category.*field;
        if (value && *value > 0 && (!best || *value < *best))
            best = value;
    }
    return best;
}

class Evaluation
{
public:
    Evaluation(const ComplianceInput &input, const QDateTime &now, const ComplianceSettings &settings)
        : m_input(input)
        , m_now(now.toUTC())
        , m_settings(settings)
    { }

    ComplianceResult run()
    {
        if (!m_input.refreshed) {
            if (m_input.lastRefreshFailed)
                add(ComplianceState::Unreachable, QStringLiteral("Never reached: %1").arg(m_input.lastError));
            else
                add(ComplianceState::Unknown, QStringLiteral("Not refreshed yet"));
            return finish();
        }
        if (m_input.lastRefreshFailed)
            add(ComplianceState::Unreachable,
                QStringLiteral("Last refresh failed (%1); showing the last known state").arg(m_input.lastError));
        if (m_input.parseIssueCount > 0)
            m_result.findings.append(
                QStringLiteral("%1 line(s) of router output could not be read").arg(m_input.parseIssueCount));

        checkLicenses();
        checkSia();
        if (isSlrInstalled(m_input)) {
            add(ComplianceState::SlrInstalled,
                QStringLiteral("Specific License Reservation installed: no usage reporting required"));
        } else if (m_input.status && m_input.status->legacy && m_input.status->policyEnabled != true) {
            checkLegacy();
        } else if (m_input.status) {
            checkReporting();
        } else {
            add(ComplianceState::Unknown, QStringLiteral("show license status could not be read"));
        }
        return finish();
    }

private:
    void add(ComplianceState state, const QString &text) { m_findings.append({state, text}); }
    void deadline(const QDateTime &at, DueReason reason) { m_deadlines.append({at.toUTC(), reason}); }

    void checkLicenses()
    {
        for (const LicenseUsage &license : m_input.licenses) {
            const QString status = license.status.toUpper();
            if (status.contains(QLatin1String("OUT-OF-COMPLIANCE"))
                || status.contains(QLatin1String("OUT OF COMPLIANCE")))
                add(ComplianceState::OutOfCompliance,
                    QStringLiteral("%1 (%2) is OUT-OF-COMPLIANCE").arg(license.name, license.entitlementTag));
            else if (status.contains(QLatin1String("PENDING")))
                add(ComplianceState::Pending,
                    QStringLiteral("%1 (%2) is PENDING until usage is acknowledged")
                        .arg(license.name, license.entitlementTag));
        }
    }

    void checkSia()
    {
        if (!m_input.platform || !m_input.platform->sia || m_input.platform->sia->inCompliance)
            return;
        const SiaStatus &sia = *m_input.platform->sia;
        if (sia.gracePeriodExpired) {
            m_result.upgradeBlocked = true;
            add(ComplianceState::OutOfCompliance,
                QStringLiteral("Software Innovation Access out of compliance, grace period expired: software "
                               "upgrades are blocked"));
        } else if (sia.graceDaysRemaining) {
            m_result.siaGraceDaysLeft = sia.graceDaysRemaining;
            deadline(m_now.addDays(*sia.graceDaysRemaining), DueReason::SiaGracePeriod);
            add(ComplianceState::Healthy,
                QStringLiteral("Software Innovation Access out of compliance: %1 day(s) of grace period left")
                    .arg(*sia.graceDaysRemaining));
        } else {
            add(ComplianceState::OutOfCompliance, QStringLiteral("Software Innovation Access out of compliance"));
        }
    }

    void checkLegacy()
    {
        const LegacyRegistration &legacy = *m_input.status->legacy;
        add(ComplianceState::LegacySmartLicensing,
            QStringLiteral("Runs Smart Licensing (before IOS XR 24.1): registration %1").arg(legacy.status));
        if (legacy.communicationDeadline)
            deadline(*legacy.communicationDeadline, DueReason::LegacyRenewal);
        else if (legacy.registrationExpires)
            deadline(*legacy.registrationExpires, DueReason::LegacyRenewal);
    }

    void checkReporting()
    {
        const LicenseStatus &status = *m_input.status;
        m_result.trustInstalled = status.trust.isInstalled();

        QList<PolicyCategory> inUse;
        QSet<int> seen;
        for (const LicenseUsage &license : m_input.licenses) {
            if (license.count && *license.count == 0)
                continue;
            const LicenseCategory category = categoryOf(license);
            if (!seen.contains(int(category))) {
                seen.insert(int(category));
                inUse.append(effectivePolicy(status.policy, category));
            }
        }

        const std::optional<QDateTime> trustDate = earliestTrust(status.trust);
        const QDateTime start = m_input.usageFirstSeen ? *m_input.usageFirstSeen : trustDate ? *trustDate : m_now;
        const std::optional<QDateTime> lastAck = status.usageReporting.lastAckReceived;
        m_result.everAcknowledged = lastAck.has_value();

        if (!m_result.trustInstalled) {
            add(ComplianceState::NoTrust,
                QStringLiteral("No trust code installed: establish trust with CSSM or SSM On-Prem"));
            deadline(start.addDays(m_settings.trustDays), DueReason::TrustDeadline);
        }
        if (inUse.isEmpty()) {
            add(ComplianceState::Healthy, QStringLiteral("No licenses in use: nothing to report"));
            return;
        }

        const auto firstReport = smallestNonZero(inUse, &PolicyCategory::firstReportDays);
        const auto frequency = smallestNonZero(inUse, &PolicyCategory::reportingFrequencyDays);
        const auto onChange = smallestNonZero(inUse, &PolicyCategory::reportOnChangeDays);

        if (!lastAck) {
            add(ComplianceState::NeverReported, QStringLiteral("No usage report acknowledged yet"));
            if (firstReport)
                deadline(start.addDays(*firstReport), DueReason::FirstReport);
        } else {
            add(ComplianceState::Healthy, QStringLiteral("Last ACK received %1").arg(date(*lastAck)));
            // Perpetual-only fleets have no reporting frequency: the report-on-change period applies.
            if (const auto interval = frequency ? frequency : onChange)
                deadline(lastAck->addDays(*interval), DueReason::Periodic);
            if (m_input.lastUsageChange && *m_input.lastUsageChange > *lastAck && onChange) {
                add(ComplianceState::Healthy,
                    QStringLiteral("Usage changed on %1 after the last ACK").arg(date(*m_input.lastUsageChange)));
                deadline(m_input.lastUsageChange->addDays(*onChange), DueReason::OnChange);
            }
        }
        if (const auto &routerDeadline = status.usageReporting.nextAckDeadline)
            deadline(*routerDeadline, DueReason::RouterDeadline);
    }

    ComplianceResult finish()
    {
        if (!m_deadlines.isEmpty()) {
            // The earliest wins; on a tie the arithmetic's own reason is kept over the router's.
            const Deadline &first = *std::min_element(m_deadlines.cbegin(), m_deadlines.cend(),
                                                      [](const Deadline &a, const Deadline &b) { return a.at < b.at; });
            m_result.dueDate = first.at;
            m_result.dueReason = first.reason;
            const double days = double(m_now.secsTo(first.at)) / 86400.0;
            m_result.daysLeft = qint64(std::floor(days));
            if (*m_result.daysLeft < 0)
                add(ComplianceState::Overdue,
                    QStringLiteral("Overdue since %1 (%2)").arg(date(first.at), reasonText(first.reason)));
            else if (*m_result.daysLeft <= m_settings.dueSoonDays)
                add(ComplianceState::DueSoon,
                    QStringLiteral("Due %1, in %2 day(s) (%3)")
                        .arg(date(first.at))
                        .arg(*m_result.daysLeft)
                        .arg(reasonText(first.reason)));
            else
                m_result.findings.append(
                    QStringLiteral("Next due %1 (%2)").arg(date(first.at), reasonText(first.reason)));
        }
        std::stable_sort(m_findings.begin(), m_findings.end(),
                         [](const Finding &a, const Finding &b) { return a.state > b.state; });
        QStringList ordered;
        for (const Finding &finding : std::as_const(m_findings)) {
            m_result.state = std::max(m_result.state, finding.state);
            ordered.append(finding.text);
        }
        m_result.findings = ordered + m_result.findings;
        return m_result;
    }

    static QString reasonText(DueReason reason)
    {
        switch (reason) {
        case DueReason::FirstReport:
            return QStringLiteral("first report");
        case DueReason::Periodic:
            return QStringLiteral("periodic report");
        case DueReason::OnChange:
            return QStringLiteral("report on usage change");
        case DueReason::RouterDeadline:
            return QStringLiteral("router's next ACK deadline");
        case DueReason::TrustDeadline:
            return QStringLiteral("trust establishment");
        case DueReason::SiaGracePeriod:
            return QStringLiteral("SIA grace period");
        case DueReason::LegacyRenewal:
            return QStringLiteral("Smart Licensing communication deadline");
        case DueReason::None:
            break;
        }
        return {};
    }

    const ComplianceInput &m_input;
    const QDateTime m_now;
    const ComplianceSettings &m_settings;
    ComplianceResult m_result;
    QList<Finding> m_findings;
    QList<Deadline> m_deadlines;
};

} // namespace

ComplianceCalculator::ComplianceCalculator(ComplianceSettings settings)
    : m_settings(settings)
{ }

ComplianceResult ComplianceCalculator::evaluate(const ComplianceInput &input, const QDateTime &now) const
{
    return Evaluation(input, now, m_settings).run();
}

} // namespace slp
