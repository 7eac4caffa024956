#pragma once

#include <QLoggingCategory>

// The console's one logging category ("slp.ui"): window, views, dialogs, demo lab.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
