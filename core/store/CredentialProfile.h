#pragma once

#include <QString>

#include <optional>

namespace slp {

// Login details shared by many devices (table `credential_profiles`). Holds a reference into the
// SecretStore, never the secret itself.
struct CredentialProfile
{
    enum class AuthMethod { Password, KeyboardInteractive, PublicKey, Agent };

    qint64 id = 0;
    QString name; // unique, case-insensitive; devices refer to it by name
    QString username;
    AuthMethod authMethod = AuthMethod::Password;
    QString secretRef; // SecretStore reference (password or key passphrase); may be empty
    QString privateKeyPath; // for PublicKey; empty otherwise

    // The reference a new profile's secret gets by convention: "credential/<name>".
    static QString defaultSecretReference(const QString &profileName)
    {
        return QStringLiteral("credential/") + profileName;
    }

    // "password", "keyboard-interactive", "public-key", "agent": as stored and as slpctl takes them.
    static QString toText(AuthMethod method);
    static std::optional<AuthMethod> authMethodFromText(const QString &text);

    bool operator==(const CredentialProfile &) const = default;
};

} // namespace slp
