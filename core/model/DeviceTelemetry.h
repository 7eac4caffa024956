#pragma once

#include <QString>

#include <optional>

namespace slp {

// `Device Telemetry Report Summary:` section.
struct DeviceTelemetry
{
    QString dataChannel; // AVAILABLE, NOT AVAILABLE
    std::optional<int> reportsOnDisk;

    bool isEmpty() const { return dataChannel.isEmpty() && !reportsOnDisk; }

    friend bool operator==(const DeviceTelemetry &, const DeviceTelemetry &) = default;
};

} // namespace slp
