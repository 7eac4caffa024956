#pragma once

#include <optional>

namespace slp {

// `Data Privacy:` section. `yes`/ENABLED read as true, `no`/DISABLED as false.
struct DataPrivacy
{
    std::optional<bool> sendingHostname;
    std::optional<bool> callhomeHostnamePrivacy;
    std::optional<bool> smartLicensingHostnamePrivacy;
    std::optional<bool> versionPrivacy;

    friend bool operator==(const DataPrivacy &, const DataPrivacy &) = default;
};

} // namespace slp
