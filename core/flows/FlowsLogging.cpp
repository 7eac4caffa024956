#include "FlowsLogging.h"

Q_LOGGING_CATEGORY(lcFlows, "slp.flows", QtInfoMsg)
