#include "FormatsLogging.h"

// Debug output (one line per file read) only when asked for with QT_LOGGING_RULES.
Q_LOGGING_CATEGORY(lcFormats, "slp.formats", QtInfoMsg)
