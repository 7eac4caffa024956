#pragma once

#include "ssh/SshSessionOptions.h"

namespace slp {

// How one job treats the routers it talks to.
struct JobOptions
{
    static constexpr int defaultParallel = 16;
    static constexpr int maxParallel = 256;

    int parallel = defaultParallel; // devices worked on at once (SSH sessions); clamped to 1..256
    // Refuse: slpctl's default; AcceptNew: `slpctl refresh --accept-new-host-keys`; AskCaller: the GUI
    // answers Job::hostKeyQuestion. A CHANGED key is always refused, whatever this says.
    UnknownHostKeyPolicy unknownHostKeyPolicy = UnknownHostKeyPolicy::Refuse;
    SshTimeouts timeouts;
    SshCommandMode commandMode = SshCommandMode::Auto;

    int clampedParallel() const { return parallel < 1 ? 1 : parallel > maxParallel ? maxParallel : parallel; }
};

} // namespace slp
