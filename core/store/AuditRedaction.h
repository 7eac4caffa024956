#pragma once

#include <QString>

namespace slp {

// Masks the secret arguments of router commands before they reach the audit log: the ID token of
// `license smart trust idtoken <token> ...`, and the value after `password`/`secret` (with or
// without an encryption-type digit).
QString redactCommand(const QString &command);

} // namespace slp
