#include "ssh/SshLog.h"

Q_LOGGING_CATEGORY(lcSsh, "slp.ssh", QtInfoMsg)
