#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace slp {
class SecretStore;
class Store;
} // namespace slp

namespace slp::cli {

// The options every sub-command of slpctl takes (before or after the sub-command's name).
struct GlobalOptions
{
    QString databasePath; // --db; empty: Store::defaultPath()
    QString secretsFile; // --secrets-file (or $SLP_SECRETS_FILE): use the encrypted file store
    QString knownHostsPath; // --known-hosts; empty: "known_hosts" next to the database
    bool verbose = false; // --verbose: the engine's info messages on stderr

    // Removes the global options from `args`; false with *error for a global option without value.
    static bool take(QStringList &args, GlobalOptions *options, QString *error);
    // Moves global options that come before the command name (`slpctl --db X devices list`) out of
    // `args` and returns them, so that main() finds the command and hands them on to it.
    static QStringList takeLeading(QStringList &args);
    // The lines `slpctl <command> --help` prints about them.
    static QString helpText();
};

// What a sub-command works with: the store (opened on demand), the secret store (chosen on demand:
// the OS keychain when one is reachable, else the encrypted secrets file with SLP_MASTER_PASSWORD or
// a prompt), the known_hosts file. Errors are printed as "slpctl <command>: ..." on stderr.
class CliContext
{
public:
    CliContext(QString commandName, GlobalOptions options);
    ~CliContext();

    // Takes the global options out of `args`; null after printing a usage error.
    static std::unique_ptr<CliContext> create(const QString &commandName, QStringList &args);

    // Opens the database (creating it when missing); false after printing why.
    bool openStore();
    Store &store() { return *m_store; }
    // The secret store, or null after printing why none can be used.
    SecretStore *secrets();

    QString databasePath() const;
    QString knownHostsPath() const;
    QString secretsFilePath() const;

    // Prints "slpctl <command>: <message>" on stderr.
    void error(const QString &message) const;
    const QString &commandName() const { return m_commandName; }

private:
    SecretStore *openEncryptedFile(const QString &path);

    QString m_commandName;
    GlobalOptions m_options;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    bool m_secretsChosen = false;
};

} // namespace slp::cli
