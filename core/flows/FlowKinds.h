#pragma once

namespace slp {

class JobManager;

// Registers every flow's job kind with the manager so that an interrupted job of that kind can be
// resumed (JobManager::resume rebuilds it from its stored parameters). Each flow adds one line.
void registerFlowKinds(JobManager &manager);

} // namespace slp
