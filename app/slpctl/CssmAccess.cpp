#include "CssmAccess.h"

#include "CliContext.h"
#include "FutureWait.h"

#include "cssm/CssmClient.h"
#include "flows/CssmClientFactory.h"
#include "store/CssmSettingsStore.h"

namespace slp::cli {

CssmAccess CssmAccess::open(CliContext &context, SecretStore *secrets)
{
    // Loaded here, the client built on this (the main) thread.
    CssmClientFactory::Result built
        = CssmClientFactory::fromLoaded(await(CssmSettingsStore(context.store()).load()), secrets);
    CssmAccess access;
    access.client = std::move(built.client);
    access.problem = built.problem;
    access.storeFailed = built.storeFailed;
    return access;
}

} // namespace slp::cli
