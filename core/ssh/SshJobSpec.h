#pragma once

#include "ssh/SshSessionOptions.h"
#include "ssh/SshStep.h"
#include "ssh/SshTarget.h"

#include <QList>

namespace slp {

// Everything one job needs: the router, how to treat it, and the steps to run in order over one
// connection.
struct SshJobSpec
{
    SshTarget target;
    SshSessionOptions options;
    QList<SshStep> steps;
    bool stopOnError = true; // skip the remaining steps after the first failed one
};

} // namespace slp
