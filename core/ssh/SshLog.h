#pragma once

#include <QLoggingCategory>

// The one logging category of core/ssh ("slp.ssh"). Never log secrets through it: passwords,
// passphrases and keyboard-interactive answers stay out of every message.
Q_DECLARE_LOGGING_CATEGORY(lcSsh)
