#pragma once

#include <QLoggingCategory>

// The one logging category of core/formats ("slp.formats"). File contents and signatures never go
// into these logs: only names, sizes, counts and the reason something was refused.
Q_DECLARE_LOGGING_CATEGORY(lcFormats)
