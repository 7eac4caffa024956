// slpctl credentials: credential profiles (user, method, key file) and their secrets, which go to the
// secret store (OS keychain or encrypted file), never into the database or onto a command line.
#include "ActionDispatch.h"
#include "CliContext.h"
#include "CommandLine.h"
#include "FutureWait.h"
#include "OptionParser.h"
#include "TerminalInput.h"

#include "secrets/SecretStore.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slp::cli {

namespace {

const QString usage = QStringLiteral(
    "Usage: slpctl credentials add NAME --username USER [--method METHOD] [--key-file PATH]\n"
    "                              [--password-stdin] [--replace]\n"
    "       slpctl credentials list [--json]\n"
    "       slpctl credentials remove NAME\n\n"
    "A credential profile is shared by many devices (`slpctl devices edit NAME --credential PROFILE`).\n"
    "METHOD: password (default), keyboard-interactive, public-key, agent. The password (or the key's\n"
    "passphrase) is typed at a prompt without echo, or read as one line from standard input with\n"
    "--password-stdin; it is kept in the secret store under \"credential/NAME\", never on the command\n"
    "line or in the database. --replace updates an existing profile and its secret.\n");

bool needsSecret(CredentialProfile::AuthMethod method)
{
    return method == CredentialProfile::AuthMethod::Password
        || method == CredentialProfile::AuthMethod::KeyboardInteractive;
}

int addCredential(CliContext &context, const QStringList &args)
{
    OptionParser options(context, usage);
    options.addOption(QStringLiteral("username"), QStringLiteral("User name."), QStringLiteral("user"));
    options.addOption(QStringLiteral("method"), QStringLiteral("Authentication method."), QStringLiteral("method"));
    options.addOption(QStringLiteral("key-file"), QStringLiteral("Private key file."), QStringLiteral("path"));
    options.addOption(QStringLiteral("password-stdin"), QStringLiteral("Read the secret from standard input."));
    options.addOption(QStringLiteral("replace"), QStringLiteral("Update an existing profile."));
    if (const auto stop = options.parse(args))
        return *stop;
    if (options.positional().size() != 1) {
        context.error(QStringLiteral("give the NAME of one profile; the password is never an argument"));
        return ExitUsage;
    }
    CredentialProfile profile;
    profile.name = options.positional().constFirst();
    profile.username = options.value(QStringLiteral("username"));
    profile.privateKeyPath = options.value(QStringLiteral("key-file"));
    if (options.isSet(QStringLiteral("method"))) {
        const auto method = CredentialProfile::authMethodFromText(options.value(QStringLiteral("method")));
        if (!method) {
            context.error(QStringLiteral("--method %1: use password, keyboard-interactive, public-key or agent")
                              .arg(options.value(QStringLiteral("method"))));
            return ExitUsage;
        }
        profile.authMethod = *method;
    } else if (!profile.privateKeyPath.isEmpty()) {
        profile.authMethod = CredentialProfile::AuthMethod::PublicKey;
    }
    if (profile.authMethod == CredentialProfile::AuthMethod::PublicKey && profile.privateKeyPath.isEmpty()) {
        context.error(QStringLiteral("--method public-key needs --key-file"));
        return ExitUsage;
    }
    if (!context.openStore())
        return ExitFailed;
    const StoreResult<CredentialProfile> existing = await(context.store().credentialProfileByName(profile.name));
    if (existing.ok() && !options.isSet(QStringLiteral("replace"))) {
        context.error(QStringLiteral("the credential profile \"%1\" exists; add --replace to update it")
                          .arg(existing.value.name));
        return ExitFailed;
    }

    // The secret: a password, or a key passphrase (optional).
    std::optional<QString> secret;
    if (options.isSet(QStringLiteral("password-stdin"))) {
        secret = TerminalInput::readLine();
    } else if (TerminalInput::stdinIsTerminal()) {
        secret = TerminalInput::readHidden(
            needsSecret(profile.authMethod)
                ? QStringLiteral("Password for %1: ").arg(profile.name)
                : QStringLiteral("Key passphrase for %1 (empty: none): ").arg(profile.name));
    }
    if (needsSecret(profile.authMethod) && (!secret || secret->isEmpty())) {
        context.error(QStringLiteral("no password given: type it at the prompt or pipe it with --password-stdin"));
        return ExitFailed;
    }
    const bool storeSecret = secret && !secret->isEmpty() && profile.authMethod != CredentialProfile::AuthMethod::Agent;
    if (storeSecret)
        profile.secretRef = CredentialProfile::defaultSecretReference(profile.name);

    SecretStore *secrets = storeSecret ? context.secrets() : nullptr;
    if (storeSecret && !secrets)
        return ExitFailed;
    if (existing.ok()) {
        profile.id = existing.value.id;
        const StoreError updated = await(context.store().updateCredentialProfile(profile));
        if (!updated.ok()) {
            context.error(updated.message);
            return ExitFailed;
        }
    } else {
        const StoreResult<qint64> added = await(context.store().addCredentialProfile(profile));
        if (!added.ok()) {
            context.error(added.error.message);
            return ExitFailed;
        }
    }
    if (storeSecret) {
        const SecretResult written = await(secrets->write(profile.secretRef, Secret::fromString(*secret)));
        if (!written.ok()) {
            context.error(QStringLiteral("the profile is stored but its secret is not: %1").arg(written.message));
            return ExitFailed;
        }
    }
    out() << (existing.ok() ? "updated" : "added") << " credential profile " << profile.name;
    if (storeSecret)
        out() << " (secret in " << secrets->backendName() << ")";
    out() << '\n';
    return ExitOk;
}

int listCredentials(CliContext &context, const QStringList &args)
{
    OptionParser options(context, usage);
    options.addOption(QStringLiteral("json"), QStringLiteral("JSON output."));
    if (const auto stop = options.parse(args))
        return *stop;
    if (!context.openStore())
        return ExitFailed;
    const StoreResult<QList<CredentialProfile>> profiles = await(context.store().credentialProfiles());
    if (!profiles.ok()) {
        context.error(profiles.error.message);
        return ExitFailed;
    }
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CredentialProfile &profile : profiles.value)
            array.append(QJsonObject {{QStringLiteral("name"), profile.name},
                                      {QStringLiteral("username"), profile.username},
                                      {QStringLiteral("method"), CredentialProfile::toText(profile.authMethod)},
                                      {QStringLiteral("secret_reference"), profile.secretRef},
                                      {QStringLiteral("key_file"), profile.privateKeyPath}});
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out() << QStringLiteral("%1 %2 %3 %4\n")
                 .arg(QStringLiteral("NAME"), -20)
                 .arg(QStringLiteral("USER"), -16)
                 .arg(QStringLiteral("METHOD"), -22)
                 .arg(QStringLiteral("SECRET / KEY FILE"));
    for (const CredentialProfile &profile : profiles.value) {
        const QString where = profile.privateKeyPath.isEmpty() ? profile.secretRef
            : profile.secretRef.isEmpty()                      ? profile.privateKeyPath
                                                               : profile.privateKeyPath + u' ' + profile.secretRef;
        out() << QStringLiteral("%1 %2 %3 %4\n")
                     .arg(profile.name, -20)
                     .arg(profile.username, -16)
                     .arg(CredentialProfile::toText(profile.authMethod), -22)
                     .arg(where.isEmpty() ? QStringLiteral("-") : where);
    }
    return ExitOk;
}

int removeCredential(CliContext &context, const QStringList &args)
{
    OptionParser options(context, usage);
    if (const auto stop = options.parse(args))
        return *stop;
    if (options.positional().size() != 1) {
        context.error(QStringLiteral("give the NAME of one profile"));
        return ExitUsage;
    }
    if (!context.openStore())
        return ExitFailed;
    const StoreResult<CredentialProfile> profile
        = await(context.store().credentialProfileByName(options.positional().constFirst()));
    if (!profile.ok()) {
        context.error(profile.error.message);
        return ExitFailed;
    }
    const StoreError removed = await(context.store().removeCredentialProfile(profile.value.id));
    if (!removed.ok()) {
        context.error(removed.message);
        return ExitFailed;
    }
    if (!profile.value.secretRef.isEmpty()) {
        SecretStore *secrets = context.secrets();
        const SecretResult gone = secrets ? await(secrets->remove(profile.value.secretRef))
                                          : SecretResult::failure(SecretResult::Error::NoBackend, {});
        if (!gone.ok()) {
            context.error(QStringLiteral("the profile is removed, its secret %1 is not%2")
                              .arg(profile.value.secretRef, gone.message.isEmpty() ? QString() : u": " + gone.message));
            return ExitFailed;
        }
    }
    out() << "removed credential profile " << profile.value.name << '\n';
    return ExitOk;
}

} // namespace

int runCredentials(const QStringList &arguments)
{
    return dispatchAction(QStringLiteral("credentials"), arguments, usage,
                          {{"add", addCredential}, {"list", listCredentials}, {"remove", removeCredential}});
}

} // namespace slp::cli
