#include "ParseLogging.h"

Q_LOGGING_CATEGORY(lcParse, "slp.parse", QtWarningMsg)
