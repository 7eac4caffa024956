#include "FlowKinds.h"

#include "JobManager.h"

namespace slp {

void registerFlowKinds(JobManager &manager)
{
    // One registerKind() per flow: kind name -> a factory building the job from its parameters.
    Q_UNUSED(manager);
}

} // namespace slp
