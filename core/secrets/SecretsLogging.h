#pragma once

#include <QLoggingCategory>

// The one logging category of core/secrets ("slp.secrets"). Secret values never go into these
// logs: only references, backends and the reason an operation failed.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
