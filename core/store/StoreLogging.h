#pragma once

#include <QLoggingCategory>

// The one logging category of core/store ("slp.store"). Never logs secrets, snapshot documents
// or raw router output: only ids, counts, paths and why something failed.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
