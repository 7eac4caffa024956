#include "DeviceRole.h"

namespace slp {

QString deviceRoleName(DeviceRole role)
{
    switch (role) {
    case DeviceRole::Active:
        return QStringLiteral("Active");
    case DeviceRole::Standby:
        return QStringLiteral("Standby");
    case DeviceRole::Member:
        return QStringLiteral("Member");
    case DeviceRole::None:
        break;
    }
    return {};
}

DeviceRole deviceRoleFromText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("Active"), Qt::CaseInsensitive) == 0)
        return DeviceRole::Active;
    if (trimmed.compare(QLatin1String("Standby"), Qt::CaseInsensitive) == 0)
        return DeviceRole::Standby;
    if (trimmed.compare(QLatin1String("Member"), Qt::CaseInsensitive) == 0)
        return DeviceRole::Member;
    return DeviceRole::None;
}

} // namespace slp
