#include "BuildInfo.h"

#include "util/Version.h"

#include <libssh/libssh.h>
#include <openssl/crypto.h>

namespace slp {

QString BuildInfo::applicationVersion()
{
    return QStringLiteral(SLP_VERSION_STRING);
}

QString BuildInfo::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString BuildInfo::libsshVersion()
{
    // ssh_version(0) returns the version string of the library actually loaded.
    return QString::fromLatin1(ssh_version(0));
}

QString BuildInfo::opensslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

QString BuildInfo::summary()
{
    return QStringLiteral("SLP Console ") + applicationVersion() + QStringLiteral("\nQt ") + qtVersion()
        + QStringLiteral("\nlibssh ") + libsshVersion() + QStringLiteral("\n") + opensslVersion();
}

} // namespace slp
