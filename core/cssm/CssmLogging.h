#pragma once

#include <QLoggingCategory>

// The one logging category of core/cssm ("slp.cssm"). Never logs secrets, tokens or request bodies:
// only methods, endpoints, statuses and the reason a request failed.
Q_DECLARE_LOGGING_CATEGORY(lcCssm)
