#pragma once

#include "AccountInfo.h"
#include "LicenseSummaryRow.h"

#include <QList>

namespace slp {

// `show license summary`. Rows are keyed by entitlement tag: stacks repeat the same license name
// for each member, and names may be cut short.
struct LicenseSummary
{
    AccountInfo account;
    QList<LicenseSummaryRow> rows;

    // The row whose tag is `tag`, or whose truncated tag is a prefix of it; nullptr when none.
    const LicenseSummaryRow *findByTag(QStringView tag) const
    {
        for (const LicenseSummaryRow &row : rows) {
            if (row.tagTruncated ? tag.startsWith(row.entitlementTag) : tag == row.entitlementTag)
                return &row;
        }
        return nullptr;
    }

    friend bool operator==(const LicenseSummary &, const LicenseSummary &) = default;
};

} // namespace slp
