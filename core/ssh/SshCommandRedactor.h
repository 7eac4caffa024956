#pragma once

#include <QString>

namespace slp {

// The text of a router command as it may appear in logs and error messages: the word after
// "idtoken", "password" or "secret" is replaced by "<redacted>" (an ID token authorizes trust
// establishment; it is a credential like a password).
class SshCommandRedactor
{
public:
    static QString forDisplay(const QString &command);
};

} // namespace slp
