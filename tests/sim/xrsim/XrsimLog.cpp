#include "XrsimLog.h"

Q_LOGGING_CATEGORY(lcXrsim, "slp.xrsim", QtInfoMsg)
