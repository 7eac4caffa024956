#include "SimLog.h"

Q_LOGGING_CATEGORY(lcCssmsim, "cssmsim", QtInfoMsg)
