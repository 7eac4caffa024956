#pragma once

#include <QString>

namespace slp {

// What `show version` says about the router's software: the IOS XR release ("7.11.2", "24.2.1").
struct SoftwareVersion
{
    QString version;

    friend bool operator==(const SoftwareVersion &, const SoftwareVersion &) = default;
};

} // namespace slp
