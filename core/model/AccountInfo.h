#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace slp {

// `Account Information:` of show license status/summary/all. Empty strings stand for `<none>`.
struct AccountInfo
{
    QString smartAccount;
    std::optional<QDateTime> asOf; // `Smart Account: BU A9000 As of Mar 19 2024 09:53:21 UTC`
    QString virtualAccount;

    friend bool operator==(const AccountInfo &, const AccountInfo &) = default;
};

} // namespace slp
