#include "FormatsLogging.h"

Q_LOGGING_CATEGORY(lcFormats, "slp.formats")
