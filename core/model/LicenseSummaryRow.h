#pragma once

#include <QString>

#include <optional>

namespace slp {

// One row of the `show license summary` table. IOS XE cuts long names and tags short with `...`:
// the cut text is kept (without the dots) and the *Truncated flag says so.
struct LicenseSummaryRow
{
    QString name;
    QString entitlementTag;
    std::optional<int> count;
    QString status;
    bool nameTruncated = false;
    bool tagTruncated = false;

    friend bool operator==(const LicenseSummaryRow &, const LicenseSummaryRow &) = default;
};

} // namespace slp
