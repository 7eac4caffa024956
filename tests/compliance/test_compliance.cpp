#include "compliance/ComplianceCalculator.h"
#include "compliance/FleetSummary.h"
#include "compliance/LicenseCategory.h"

#include <QtTest>

using namespace slp;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

LicenseUsage license(const QString &name, const QString &type, const QString &status = QStringLiteral("AUTHORIZED"),
                     const QString &enforcement = QStringLiteral("NOT ENFORCED"),
                     const QString &exportStatus = QStringLiteral("NOT RESTRICTED"))
{
    LicenseUsage usage;
    usage.name = name;
    usage.entitlementTag = name + QStringLiteral("-TAG");
    usage.count = 2;
    usage.status = status;
    usage.licenseType = type;
    usage.enforcementType = enforcement;
    usage.exportStatus = exportStatus;
    return usage;
}

// The CSLU example of the reference guide: perpetual + subscription in use, ACK on Feb 28 2024.
ComplianceInput guideCsluDevice()
{
    ComplianceInput input;
    input.refreshed = true;
    LicenseStatus status;
    status.policyEnabled = true;
    status.usageReporting.lastAckReceived = utc(2024, 2, 28, 19, 8, 58);
    status.usageReporting.nextAckDeadline = utc(2024, 5, 28, 19, 8, 58);
    status.trust.installedOn = utc(2024, 1, 10, 20, 56, 2);
    input.status = status;
    input.licenses = {license(QStringLiteral("A9K_400GE_TRK"), QStringLiteral("Perpetual")),
                      license(QStringLiteral("ESS_ED_100G_SIA_3"), QStringLiteral("Subscription"))};
    return input;
}

} // namespace

class TestCompliance : public QObject
{
    Q_OBJECT
private slots:
    void categories()
    {
        QCOMPARE(categoryOf(license(QStringLiteral("A"), QStringLiteral("Perpetual"))),
                 LicenseCategory::UnenforcedPerpetual);
        QCOMPARE(categoryOf(license(QStringLiteral("A"), QStringLiteral("Subscription"))),
                 LicenseCategory::UnenforcedSubscription);
        QCOMPARE(categoryOf(license(QStringLiteral("A"), QStringLiteral("Perpetual"), QStringLiteral("IN USE"),
                                    QStringLiteral("ENFORCED"))),
                 LicenseCategory::Enforced);
        QCOMPARE(categoryOf(license(QStringLiteral("A"), QStringLiteral("Perpetual"), QStringLiteral("IN USE"),
                                    QStringLiteral("NOT ENFORCED"), QStringLiteral("RESTRICTED - ALLOWED"))),
                 LicenseCategory::Export);
    }

    void ciscoDefaultsFillMissingValues()
    {
        Policy policy;
        policy.unenforcedSubscription.reportOnChangeDays = 30;
        policy.unenforcedSubscription.source = QStringLiteral("Customer Policy");
        const PolicyCategory subscription = effectivePolicy(policy, LicenseCategory::UnenforcedSubscription);
        QCOMPARE(subscription.firstReportDays, std::optional<int>(90));
        QCOMPARE(subscription.reportingFrequencyDays, std::optional<int>(90));
        QCOMPARE(subscription.reportOnChangeDays, std::optional<int>(30));
        QCOMPARE(subscription.source, QStringLiteral("Customer Policy"));
        const PolicyCategory perpetual = effectivePolicy(policy, LicenseCategory::UnenforcedPerpetual);
        QCOMPARE(perpetual.firstReportDays, std::optional<int>(365));
        QCOMPARE(perpetual.reportingFrequencyDays, std::optional<int>(0));
        QCOMPARE(perpetual.reportOnChangeDays, std::optional<int>(90));
    }

    void periodicAfterAckMatchesTheRoutersDeadline()
    {
        const ComplianceResult result
            = ComplianceCalculator().evaluate(guideCsluDevice(), utc(2024, 3, 19, 16, 48, 28));
        QCOMPARE(result.state, ComplianceState::Healthy);
        QCOMPARE(result.dueDate, std::optional<QDateTime>(utc(2024, 5, 28, 19, 8, 58)));
        QCOMPARE(result.dueReason, DueReason::Periodic);
        QCOMPARE(result.daysLeft, std::optional<qint64>(70));
        QVERIFY(result.trustInstalled);
        QVERIFY(result.everAcknowledged);
        QCOMPARE(result.findings.first(), QStringLiteral("Last ACK received 2024-02-28 19:08 UTC"));
    }

    void dueSoonAndOverdue()
    {
        const ComplianceCalculator calculator;
        const ComplianceResult soon = calculator.evaluate(guideCsluDevice(), utc(2024, 5, 10));
        QCOMPARE(soon.state, ComplianceState::DueSoon);
        QCOMPARE(soon.daysLeft, std::optional<qint64>(18));
        QCOMPARE(soon.findings.first(), QStringLiteral("Due 2024-05-28 19:08 UTC, in 18 day(s) (periodic report)"));

        const ComplianceResult late = calculator.evaluate(guideCsluDevice(), utc(2024, 6, 1));
        QCOMPARE(late.state, ComplianceState::Overdue);
        QCOMPARE(late.daysLeft, std::optional<qint64>(-4));
        QCOMPARE(late.findings.first(), QStringLiteral("Overdue since 2024-05-28 19:08 UTC (periodic report)"));

        ComplianceSettings tight;
        tight.dueSoonDays = 7;
        QCOMPARE(ComplianceCalculator(tight).evaluate(guideCsluDevice(), utc(2024, 5, 10)).state,
                 ComplianceState::Healthy);
    }

    void routerDeadlineEarlierThanArithmeticWins()
    {
        ComplianceInput input = guideCsluDevice();
        input.status->usageReporting.nextAckDeadline = utc(2024, 4, 1);
        const ComplianceResult result = ComplianceCalculator().evaluate(input, utc(2024, 3, 19));
        QCOMPARE(result.dueReason, DueReason::RouterDeadline);
        QCOMPARE(result.dueDate, std::optional<QDateTime>(utc(2024, 4, 1)));
        QCOMPARE(result.state, ComplianceState::DueSoon);
    }

    void firstReportOfPerpetualOnlyDevice()
    {
        ComplianceInput input;
        input.refreshed = true;
        LicenseStatus status;
        status.trust.installedOn = utc(2024, 3, 1);
        input.status = status;
        input.licenses = {license(QStringLiteral("A9K_MOD400_TRK"), QStringLiteral("Perpetual"))};
        input.usageFirstSeen = utc(2024, 1, 1);
        const ComplianceResult result = ComplianceCalculator().evaluate(input, utc(2024, 2, 1));
        QCOMPARE(result.state, ComplianceState::NeverReported);
        QCOMPARE(result.dueReason, DueReason::FirstReport);
        QCOMPARE(result.dueDate, std::optional<QDateTime>(utc(2024, 12, 31)));
        QVERIFY(!result.everAcknowledged);
    }

    void missingTrustIsDueWithTheFirstReport()
    {
        ComplianceInput input;
        input.refreshed = true;
        input.status = LicenseStatus {};
        input.licenses = {license(QStringLiteral("ESS"), QStringLiteral("Subscription"))};
        input.usageFirstSeen = utc(2024, 1, 1);
        const ComplianceResult result = ComplianceCalculator().evaluate(input, utc(2024, 2, 1));
        QCOMPARE(result.state, ComplianceState::NoTrust);
        QCOMPARE(result.dueDate, std::optional<QDateTime>(utc(2024, 3, 31)));
        QCOMPARE(result.dueReason, DueReason::TrustDeadline);
        QCOMPARE(result.daysLeft, std::optional<qint64>(59));
        QVERIFY(!result.trustInstalled);
        QCOMPARE(result.findings.first(),
                 QStringLiteral("No trust code installed: establish trust with CSSM or SSM On-Prem"));
    }

    void usageChangeAfterAckPullsTheDueDate()
    {
        ComplianceInput input = guideCsluDevice();
        input.status->usageReporting.nextAckDeadline.reset();
        input.status->policy.unenforcedSubscription.reportOnChangeDays = 30;
        input.status->policy.unenforcedPerpetual.reportOnChangeDays = 60;
        input.lastUsageChange = utc(2024, 3, 10, 12, 0, 0);
        const ComplianceResult result = ComplianceCalculator().evaluate(input, utc(2024, 3, 19));
        QCOMPARE(result.dueReason, DueReason::OnChange);
        QCOMPARE(result.dueDate, std::optional<QDateTime>(utc(2024, 4, 9, 12, 0, 0)));
        QCOMPARE(result.state, ComplianceState::DueSoon);

        // A change before the ACK was already reported: no effect.
        input.lastUsageChange = utc(2024, 2, 1);
        QCOMPARE(ComplianceCalculator().evaluate(input, utc(2024, 3, 19)).dueReason, DueReason::Periodic);
    }

    void perpetualOnlyAfterAckUsesReportOnChange()
    {
        ComplianceInput input = guideCsluDevice();
        input.licenses.removeLast();
        input.status->usageReporting.nextAckDeadline.reset();
        const ComplianceResult result = ComplianceCalculator().evaluate(input, utc(2024, 3, 19));
        QCOMPARE(result.dueReason, DueReason::Periodic);
        QCOMPARE(result.dueDate, std::optional<QDateTime>(utc(2024, 5, 28, 19, 8, 58)));
    }

    void reservationNeedsNoReporting()
    {
        ComplianceInput input;
        input.refreshed = true;
        input.status = LicenseStatus {};
        input.licenses = {license(QStringLiteral("ESS"), QStringLiteral("Subscription"))};
        Reservation reservation;
        reservation.enabled = true;
        UdiAuthorization udi;
        udi.status.state = QStringLiteral("SPECIFIC INSTALLED");
        udi.status.at = utc(2024, 1, 1);
        reservation.perUdi = {udi};
        input.reservation = reservation;
        const ComplianceResult result = ComplianceCalculator().evaluate(input, utc(2025, 6, 1));
        QCOMPARE(result.state, ComplianceState::SlrInstalled);
        QVERIFY(!result.dueDate);
    }

    void siaGracePeriod()
    {
        ComplianceInput input = guideCsluDevice();
        PlatformSummary platform;
        SiaStatus sia;
        sia.status = QStringLiteral("Out of Compliance");
        sia.graceDaysRemaining = 10;
        platform.sia = sia;
        input.platform = platform;
        const ComplianceResult grace = ComplianceCalculator().evaluate(input, utc(2024, 3, 19));
        QCOMPARE(grace.state, ComplianceState::DueSoon);
        QCOMPARE(grace.dueReason, DueReason::SiaGracePeriod);
        QCOMPARE(grace.siaGraceDaysLeft, std::optional<int>(10));
        QVERIFY(!grace.upgradeBlocked);

        input.platform->sia->graceDaysRemaining.reset();
        input.platform->sia->gracePeriodExpired = true;
        const ComplianceResult expired = ComplianceCalculator().evaluate(input, utc(2024, 3, 19));
        QCOMPARE(expired.state, ComplianceState::OutOfCompliance);
        QVERIFY(expired.upgradeBlocked);
        QVERIFY(expired.findings.first().contains(QLatin1String("software upgrades are blocked")));
    }

    void outOfComplianceAndPendingLicenses()
    {
        ComplianceInput input = guideCsluDevice();
        input.licenses.append(
            license(QStringLiteral("ESS_100G_CA_RTU_2"), QStringLiteral("Perpetual"), QStringLiteral("PENDING")));
        QCOMPARE(ComplianceCalculator().evaluate(input, utc(2024, 3, 19)).state, ComplianceState::Pending);
        input.licenses.append(
            license(QStringLiteral("BAD"), QStringLiteral("Perpetual"), QStringLiteral("OUT-OF-COMPLIANCE")));
        const ComplianceResult result = ComplianceCalculator().evaluate(input, utc(2024, 3, 19));
        QCOMPARE(result.state, ComplianceState::OutOfCompliance);
        QCOMPARE(result.findings.first(), QStringLiteral("BAD (BAD-TAG) is OUT-OF-COMPLIANCE"));
    }

    void unreachableAndUnknown()
    {
        ComplianceInput never;
        QCOMPARE(ComplianceCalculator().evaluate(never, utc(2024, 3, 19)).state, ComplianceState::Unknown);
        never.lastRefreshFailed = true;
        never.lastError = QStringLiteral("connection refused");
        const ComplianceResult unreachable = ComplianceCalculator().evaluate(never, utc(2024, 3, 19));
        QCOMPARE(unreachable.state, ComplianceState::Unreachable);
        QCOMPARE(unreachable.findings.first(), QStringLiteral("Never reached: connection refused"));

        ComplianceInput known = guideCsluDevice();
        known.lastRefreshFailed = true;
        known.lastError = QStringLiteral("timeout");
        const ComplianceResult stale = ComplianceCalculator().evaluate(known, utc(2024, 3, 19));
        QCOMPARE(stale.state, ComplianceState::Unreachable);
        QCOMPARE(stale.dueDate, std::optional<QDateTime>(utc(2024, 5, 28, 19, 8, 58)));
    }

    void legacySmartLicensing()
    {
        ComplianceInput input;
        input.refreshed = true;
        LicenseStatus status;
        status.smartLicensingEnabled = true;
        LegacyRegistration legacy;
        legacy.status = QStringLiteral("REGISTERED");
        legacy.communicationDeadline = utc(2024, 4, 1);
        status.legacy = legacy;
        input.status = status;
        const ComplianceResult result = ComplianceCalculator().evaluate(input, utc(2024, 1, 1));
        QCOMPARE(result.state, ComplianceState::LegacySmartLicensing);
        QCOMPARE(result.dueReason, DueReason::LegacyRenewal);
        QCOMPARE(result.dueDate, std::optional<QDateTime>(utc(2024, 4, 1)));
    }

    void stateIdsRoundTrip()
    {
        for (int i = int(ComplianceState::Unknown); i <= int(ComplianceState::Unreachable); ++i) {
            const auto state = ComplianceState(i);
            QCOMPARE(complianceStateFromId(complianceStateId(state)), state);
        }
        QCOMPARE(complianceStateId(ComplianceState::DueSoon), QStringLiteral("due_soon"));
        QCOMPARE(complianceStateFromId(u"nonsense"), ComplianceState::Unknown);
    }

    void fleetSummary()
    {
        FleetSummary summary;
        summary.add(ComplianceState::Healthy);
        summary.add(ComplianceState::Overdue);
        summary.add(ComplianceState::Overdue);
        summary.add(ComplianceState::NeverReported);
        QCOMPARE(summary.total(), 4);
        QCOMPARE(summary.count(ComplianceState::Overdue), 2);
        QCOMPARE(summary.needingAttention(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCompliance)
#include "test_compliance.moc"
