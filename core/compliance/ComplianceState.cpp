#include "ComplianceState.h"

#include <array>
#include <utility>

namespace slp {

namespace {

constexpr std::array<std::pair<ComplianceState, const char *>, 11> kStateIds {{
    {ComplianceState::Unknown, "unknown"},
    {ComplianceState::Healthy, "healthy"},
    {ComplianceState::SlrInstalled, "slr_installed"},
    {ComplianceState::LegacySmartLicensing, "legacy_smart_licensing"},
    {ComplianceState::Pending, "pending"},
    {ComplianceState::NeverReported, "never_reported"},
    {ComplianceState::DueSoon, "due_soon"},
    {ComplianceState::NoTrust, "no_trust"},
    {ComplianceState::OutOfCompliance, "out_of_compliance"},
    {ComplianceState::Overdue, "overdue"},
    {ComplianceState::Unreachable, "unreachable"},
}};

} // namespace

QString complianceStateId(ComplianceState state)
{
    for (const auto &[value, id] : kStateIds) {
        if (value == state)
            return QLatin1String(id);
    }
    return QStringLiteral("unknown");
}

ComplianceState complianceStateFromId(QStringView id)
{
    for (const auto &[value, text] : kStateIds) {
        if (id == QLatin1String(text))
            return value;
    }
    return ComplianceState::Unknown;
}

QString dueReasonId(DueReason reason)
{
    switch (reason) {
    case DueReason::None:
        return QStringLiteral("none");
    case DueReason::FirstReport:
        return QStringLiteral("first_report");
    case DueReason::Periodic:
        return QStringLiteral("periodic");
    case DueReason::OnChange:
        return QStringLiteral("on_change");
    case DueReason::RouterDeadline:
        return QStringLiteral("router_deadline");
    case DueReason::TrustDeadline:
        return QStringLiteral("trust_deadline");
    case DueReason::SiaGracePeriod:
        return QStringLiteral("sia_grace_period");
    case DueReason::LegacyRenewal:
        return QStringLiteral("legacy_renewal");
    }
    return QStringLiteral("none");
}

} // namespace slp
