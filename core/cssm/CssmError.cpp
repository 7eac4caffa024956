#include "CssmError.h"

namespace slp {

QString CssmError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Authentication:
        return QStringLiteral("authentication");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace slp
