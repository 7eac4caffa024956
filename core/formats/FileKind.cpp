#include "FileKind.h"

namespace slp {

QString fileKindName(FileKind kind)
{
    switch (kind) {
    case FileKind::Unknown:
        return QStringLiteral("unknown file");
    case FileKind::RumReport:
        return QStringLiteral("RUM report file");
    case FileKind::Ack:
        return QStringLiteral("ACK file");
    case FileKind::Policy:
        return QStringLiteral("policy file");
    case FileKind::SlrAuthorizationCode:
        return QStringLiteral("SLR authorization code");
    case FileKind::SlrRequestCode:
        return QStringLiteral("SLR request code");
    case FileKind::SlrReturnCode:
        return QStringLiteral("SLR return code");
    case FileKind::SlrConfirmationCode:
        return QStringLiteral("SLR confirmation code");
    case FileKind::UploadBundle:
        return QStringLiteral("upload bundle");
    case FileKind::AckBundle:
        return QStringLiteral("ACK bundle");
    case FileKind::CsvInventory:
        return QStringLiteral("CSV inventory");
    }
    return QStringLiteral("unknown file");
}

} // namespace slp
