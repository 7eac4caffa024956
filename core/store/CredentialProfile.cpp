#include "CredentialProfile.h"

#include "EnumText.h"

#include <array>
#include <utility>

namespace slp {

namespace {

constexpr std::array authMethodNames {
    std::pair {CredentialProfile::AuthMethod::Password, "password"},
    std::pair {CredentialProfile::AuthMethod::KeyboardInteractive, "keyboard-interactive"},
    std::pair {CredentialProfile::AuthMethod::PublicKey, "public-key"},
    std::pair {CredentialProfile::AuthMethod::Agent, "agent"},
};

} // namespace

QString CredentialProfile::toText(AuthMethod method)
{
    return enumtext::nameOf(authMethodNames, method);
}

std::optional<CredentialProfile::AuthMethod> CredentialProfile::authMethodFromText(const QString &text)
{
    return enumtext::valueOf(authMethodNames, text);
}

} // namespace slp
