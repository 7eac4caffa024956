#include "CssmLogging.h"

Q_LOGGING_CATEGORY(lcCssm, "slp.cssm", QtInfoMsg)
