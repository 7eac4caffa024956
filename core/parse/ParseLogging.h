#pragma once

#include <QLoggingCategory>

// The one logging category of core/parse ("slp.parse"). Router output is never logged whole:
// only what was detected, counts, and line numbers.
Q_DECLARE_LOGGING_CATEGORY(lcParse)
