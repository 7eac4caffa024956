#include "CssmAccess.h"

#include "CliContext.h"
#include "FutureWait.h"

#include "cssm/CssmClient.h"
#include "store/CssmSettingsStore.h"

namespace slp::cli {

CssmAccess CssmAccess::open(CliContext &context, SecretStore *secrets)
{
    CssmAccess access;
    const StoreResult<std::optional<CssmSettings>> loaded = await(CssmSettingsStore(context.store()).load());
    if (!loaded.ok()) {
        access.problem = loaded.error.message;
        access.storeFailed = true;
        return access;
    }
    if (!loaded.value || !CssmSettingsStore::isConfigured(*loaded.value)) {
        access.problem = CssmSettingsStore::notConfiguredMessage();
        return access;
    }
    access.client = std::make_unique<CssmClient>(*loaded.value, secrets);
    return access;
}

} // namespace slp::cli
