#include "SecretsLogging.h"

Q_LOGGING_CATEGORY(lcSecrets, "slp.secrets")
