#pragma once

#include "ssh/SshError.h"

namespace slp {

// Outcome of one SFTP download or upload.
struct SshTransferResult
{
    SshError error;
    qint64 bytes = 0;

    bool ok() const { return error.ok(); }
};

} // namespace slp
