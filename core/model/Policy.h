#pragma once

#include "PolicyCategory.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace slp {

// `Policy:` section of show license status/all.
struct Policy
{
    QString policyInUse; // "Merged from multiple sources.", "Installed On <date>", ...
    std::optional<QDateTime> installedOn; // when policyInUse is "Installed On <date>"
    QString policyName; // IOS XE `Policy name:`
    std::optional<bool> ackRequired; // `Reporting ACK required: yes (CISCO default)`
    QString ackRequiredSource;
    PolicyCategory unenforcedPerpetual; // Unenforced/Non-Export Perpetual Attributes
    PolicyCategory unenforcedSubscription; // Unenforced/Non-Export Subscription Attributes
    PolicyCategory enforced; // Enforced (Perpetual/Subscription) License Attributes
    PolicyCategory exportRestricted; // Export (Perpetual/Subscription) License Attributes

    friend bool operator==(const Policy &, const Policy &) = default;
};

} // namespace slp
