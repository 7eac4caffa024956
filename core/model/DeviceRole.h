#pragma once

#include <QString>
#include <QStringView>

namespace slp {

// Role of one UDI of a high-availability router or a stack (Trust Code Installed, HA UDI List,
// reservation status). Single-RP routers print no role: None.
enum class DeviceRole {
    None,
    Active,
    Standby,
    Member,
};

// "Active", "Standby", "Member" or "" for None.
QString deviceRoleName(DeviceRole role);

// Case-insensitive; nullopt-like None for anything else.
DeviceRole deviceRoleFromText(QStringView text);

} // namespace slp
