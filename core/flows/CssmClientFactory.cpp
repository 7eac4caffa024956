#include "CssmClientFactory.h"

#include "cssm/CssmClient.h"
#include "store/CssmSettingsStore.h"

namespace slp {

CssmClientFactory::Result CssmClientFactory::fromLoaded(const StoreResult<std::optional<CssmSettings>> &loaded,
                                                        SecretStore *secrets)
{
    Result result;
    if (!loaded.ok()) {
        result.problem = loaded.error.message;
        result.storeFailed = true;
    } else if (!loaded.value || !CssmSettingsStore::isConfigured(*loaded.value)) {
        result.problem = CssmSettingsStore::notConfiguredMessage();
    } else {
        result.client = std::make_unique<CssmClient>(*loaded.value, secrets);
    }
    return result;
}

} // namespace slp
