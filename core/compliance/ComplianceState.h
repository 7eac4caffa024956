#pragma once

#include <QMetaType>
#include <QString>

namespace slp {

// The one word the dashboard and the device table show per device, ordered from "nothing to do"
// to "act now" so that the worst of several findings wins with a plain comparison.
enum class ComplianceState {
    Unknown, // never refreshed
    Healthy,
    SlrInstalled, // Specific License Reservation installed: no reporting required
    LegacySmartLicensing, // IOS XR 7.x Smart Licensing: deadlines come from registration renewal
    Pending, // licenses in use but not yet acknowledged (PENDING)
    NeverReported, // no ACK ever received; the first report is not yet due
    DueSoon,
    NoTrust, // no trust code installed
    OutOfCompliance, // a license OUT-OF-COMPLIANCE, or SIA grace period expired
    Overdue,
    Unreachable, // the last refresh failed: the state shown is the last known one
};

// Stable identifiers for JSON, the database and CSV ("due_soon"), and their reverse.
QString complianceStateId(ComplianceState state);
ComplianceState complianceStateFromId(QStringView id);

// Why the due date is what it is (DESIGN.md section 6).
enum class DueReason {
    None,
    FirstReport, // no ACK yet: first use + first-report requirement
    Periodic, // last ACK + reporting frequency
    OnChange, // usage changed after the last ACK: change + report-on-change
    RouterDeadline, // the router's own Next ACK deadline is earlier than the arithmetic
    TrustDeadline, // trust must be established within 90 days of first use
    SiaGracePeriod, // Software Innovation Access grace period runs out
    LegacyRenewal, // pre-24.1 Smart Licensing communication deadline
};

QString dueReasonId(DueReason reason);

} // namespace slp

Q_DECLARE_METATYPE(slp::ComplianceState)
