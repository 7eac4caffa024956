#include "Compliance.h"

#include <algorithm>
#include <limits>

namespace slp::xrsim {

namespace {

constexpr qint64 kDay = 86400;

int smallestNonZero(const QList<int> &values)
{
    int best = 0;
    for (const int value : values) {
        if (value > 0 && (best == 0 || value < best))
            best = value;
    }
    return best;
}

} // namespace

const PolicyCategory &Compliance::categoryOf(const PolicySpec &policy, const LicenseSpec &license)
{
    if (license.exportRestricted)
        return policy.exportControlled;
    if (license.enforced)
        return policy.enforced;
    return license.subscription ? policy.unenforcedSubscription : policy.unenforcedPerpetual;
}

qint64 Compliance::nextAckDeadline(const RouterSpec &spec, const RouterState &state)
{
    if (!state.policy.ackRequired || state.reservation.status == QLatin1String("SPECIFIC INSTALLED"))
        return 0;
    QList<int> firstReport;
    QList<int> frequency;
    QList<int> onChange;
    for (const LicenseSpec &license : spec.licenses) {
        const PolicyCategory &category = categoryOf(state.policy, license);
        firstReport.append(category.firstReportDays);
        frequency.append(category.frequencyDays);
        onChange.append(category.onChangeDays);
    }
    if (firstReport.isEmpty())
        return 0;
    if (state.reporting.lastAck == 0) {
        const int days = smallestNonZero(firstReport);
        qint64 start = state.reporting.unackedUsageSince;
        if (start == 0)
            start = state.trust.activeInstalledAt;
        return days == 0 || start == 0 ? 0 : start + days * kDay;
    }
    // After an ACK: the smallest non-zero reporting frequency; report-on-change when every frequency is 0.
    // A usage change after the ACK pulls the deadline to change time + report-on-change.
    const int frequencyDays = smallestNonZero(frequency);
    const int onChangeDays = smallestNonZero(onChange);
    qint64 due = std::numeric_limits<qint64>::max();
    if (frequencyDays > 0)
        due = state.reporting.lastAck + frequencyDays * kDay;
    else if (onChangeDays > 0)
        due = state.reporting.lastAck + onChangeDays * kDay;
    if (state.reporting.usageChangedAt > state.reporting.lastAck && onChangeDays > 0)
        due = std::min(due, state.reporting.usageChangedAt + onChangeDays * kDay);
    return due == std::numeric_limits<qint64>::max() ? 0 : due;
}

QString Compliance::licenseStatus(const RouterSpec &spec, const RouterState &state, const LicenseSpec &license,
                                  int count, qint64 now)
{
    if (!license.statusOverride.isEmpty())
        return license.statusOverride;
    if (state.reservation.status == QLatin1String("SPECIFIC INSTALLED")) {
        for (const auto &[tag, reserved] : state.reservation.reserved) {
            if (tag == license.tag)
                return count <= reserved ? QStringLiteral("AUTHORIZED") : QStringLiteral("OUT-OF-COMPLIANCE");
        }
        return QStringLiteral("NOT AUTHORIZED");
    }
    if (count == 0)
        return QStringLiteral("NOT IN USE");
    if (state.reporting.lastAck == 0)
        return QStringLiteral("PENDING");
    const qint64 deadline = nextAckDeadline(spec, state);
    if (deadline != 0 && now > deadline)
        return QStringLiteral("OUT-OF-COMPLIANCE");
    return QStringLiteral("AUTHORIZED");
}

} // namespace slp::xrsim
