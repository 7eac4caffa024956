#include "DeviceCode.h"

namespace slp {

QString DeviceCode::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Request:
        return QStringLiteral("request");
    case Kind::Authorization:
        return QStringLiteral("authorization");
    case Kind::Confirmation:
        return QStringLiteral("confirmation");
    case Kind::Return:
        return QStringLiteral("return");
    }
    return {};
}

bool DeviceCode::kindFromName(const QString &name, Kind *kind)
{
    for (Kind candidate : {Kind::Request, Kind::Authorization, Kind::Confirmation, Kind::Return}) {
        if (kindName(candidate) == name) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

} // namespace slp
