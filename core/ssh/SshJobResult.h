#pragma once

#include "ssh/SshError.h"
#include "ssh/SshHostKey.h"
#include "ssh/SshStepResult.h"

#include <QList>

namespace slp {

// The outcome of a job: `error` is the first error (connection or step), steps has one entry per
// step of the spec, in order.
struct SshJobResult
{
    SshError error;
    QList<SshStepResult> steps;
    SshHostKey hostKey;
    bool hostKeyAdded = false;
    qint64 elapsedMs = 0;

    bool ok() const { return error.ok(); }
};

} // namespace slp
