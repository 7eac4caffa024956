#include "LicenseCategory.h"

namespace slp {

namespace {

PolicyCategory ciscoDefault(LicenseCategory category)
{
    switch (category) {
    case LicenseCategory::UnenforcedPerpetual:
        return {365, 0, 90, QStringLiteral("CISCO default")};
    case LicenseCategory::UnenforcedSubscription:
        return {90, 90, 90, QStringLiteral("CISCO default")};
    case LicenseCategory::Enforced:
    case LicenseCategory::Export:
        return {0, 0, 0, QStringLiteral("CISCO default")};
    }
    return {};
}

const PolicyCategory &routerValues(const Policy &policy, LicenseCategory category)
{
    switch (category) {
    case LicenseCategory::UnenforcedPerpetual:
        return policy.unenforcedPerpetual;
    case LicenseCategory::UnenforcedSubscription:
        return policy.unenforcedSubscription;
    case LicenseCategory::Enforced:
        return policy.enforced;
    case LicenseCategory::Export:
        return policy.exportRestricted;
    }
    return policy.unenforcedPerpetual;
}

} // namespace

LicenseCategory categoryOf(const LicenseUsage &license)
{
    // "NOT RESTRICTED" / "NOT ENFORCED" contain the positive word, so test the negation first.
    const QString exportStatus = license.exportStatus.toUpper();
    if (exportStatus.contains(QLatin1String("RESTRICTED")) && !exportStatus.contains(QLatin1String("NOT")))
        return LicenseCategory::Export;
    const QString enforcement = license.enforcementType.toUpper();
    if (enforcement.contains(QLatin1String("ENFORCED")) && !enforcement.contains(QLatin1String("NOT")))
        return LicenseCategory::Enforced;
    if (license.licenseType.contains(QLatin1String("Subscription"), Qt::CaseInsensitive))
        return LicenseCategory::UnenforcedSubscription;
    return LicenseCategory::UnenforcedPerpetual;
}

PolicyCategory effectivePolicy(const Policy &policy, LicenseCategory category)
{
    const PolicyCategory &router = routerValues(policy, category);
    PolicyCategory result = ciscoDefault(category);
    if (router.firstReportDays)
        result.firstReportDays = router.firstReportDays;
    if (router.reportingFrequencyDays)
        result.reportingFrequencyDays = router.reportingFrequencyDays;
    if (router.reportOnChangeDays)
        result.reportOnChangeDays = router.reportOnChangeDays;
    if (!router.source.isEmpty())
        result.source = router.source;
    return result;
}

} // namespace slp
