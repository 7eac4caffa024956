#pragma once

#include <QString>

namespace slp {

// What a file dropped on the console is, decided from its content (never from its name).
enum class FileKind {
    Unknown,
    RumReport, // license smart save usage
    Ack, // smartLicenseRumAck (maybe with a policy)
    Policy, // standalone smartLicensePolicy
    SlrAuthorizationCode, // specificPLR
    SlrRequestCode,
    SlrReturnCode,
    SlrConfirmationCode,
    UploadBundle, // UD_SA_<ts>.tar.gz of RUM report files
    AckBundle, // what CSSM returns for an upload bundle
    CsvInventory, // hostname,address,...
};

// English name for messages and logs ("RUM report file", "ACK bundle", ...).
QString fileKindName(FileKind kind);

} // namespace slp
