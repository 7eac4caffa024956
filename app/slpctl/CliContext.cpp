#include "CliContext.h"

#include "CommandLine.h"
#include "FutureWait.h"
#include "TerminalInput.h"

#include "secrets/EncryptedFileSecretStore.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

namespace slp::cli {

namespace {

// Reads `--name VALUE` or `--name=VALUE` at args[i]; advances i past a separate value.
bool takeValue(QStringList &args, qsizetype i, const QString &name, QString *value, bool *missing)
{
    const QString &arg = args.at(i);
    if (arg == name) {
        if (i + 1 >= args.size()) {
            *missing = true;
            return true;
        }
        *value = args.at(i + 1);
        args.remove(i, 2);
        return true;
    }
    if (arg.startsWith(name + u'=')) {
        *value = arg.mid(name.size() + 1);
        args.remove(i);
        return true;
    }
    return false;
}

} // namespace

bool GlobalOptions::take(QStringList &args, GlobalOptions *options, QString *error)
{
    options->secretsFile = qEnvironmentVariable("SLP_SECRETS_FILE");
    for (qsizetype i = 0; i < args.size();) {
        if (args.at(i) == QLatin1String("--")) // everything after is positional
            break;
        bool missing = false;
        const QString name = args.at(i).section(u'=', 0, 0);
        if (takeValue(args, i, QStringLiteral("--db"), &options->databasePath, &missing)
            || takeValue(args, i, QStringLiteral("--secrets-file"), &options->secretsFile, &missing)
            || takeValue(args, i, QStringLiteral("--known-hosts"), &options->knownHostsPath, &missing)) {
            if (missing) {
                *error = QStringLiteral("%1 needs a value").arg(name);
                return false;
            }
            continue;
        }
        if (args.at(i) == QLatin1String("--verbose")) {
            options->verbose = true;
            args.remove(i);
            continue;
        }
        ++i;
    }
    if (!options->verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("slp.*.info=false\nslp.*.debug=false"));
    return true;
}

QStringList GlobalOptions::takeLeading(QStringList &args)
{
    static const QStringList withValue {QStringLiteral("--db"), QStringLiteral("--secrets-file"),
                                        QStringLiteral("--known-hosts")};
    QStringList taken;
    while (!args.isEmpty()) {
        const QString &first = args.constFirst();
        const QString name = first.section(u'=', 0, 0);
        if (withValue.contains(name)) {
            taken.append(args.takeFirst());
            if (!first.contains(u'=') && !args.isEmpty())
                taken.append(args.takeFirst());
        } else if (first == QLatin1String("--verbose")) {
            taken.append(args.takeFirst());
        } else {
            break;
        }
    }
    return taken;
}

QString GlobalOptions::helpText()
{
    return QStringLiteral(
               "Global options (before or after the command):\n"
               "  --db PATH            the database (default: %1)\n"
               "  --known-hosts PATH   the SSH known_hosts file (default: known_hosts next to the database)\n"
               "  --secrets-file PATH  keep secrets in this encrypted file (AES-256-GCM, master password from\n"
               "                       SLP_MASTER_PASSWORD or a prompt) instead of the OS keychain; also\n"
               "                       $SLP_SECRETS_FILE. Without a reachable keychain, secrets.slpsec next to\n"
               "                       the database is used.\n"
               "  --verbose            progress messages of the engine on stderr\n")
        .arg(Store::defaultPath());
}

CliContext::CliContext(QString commandName, GlobalOptions options)
    : m_commandName(std::move(commandName))
    , m_options(std::move(options))
{ }

CliContext::~CliContext() = default;

std::unique_ptr<CliContext> CliContext::create(const QString &commandName, QStringList &args)
{
    GlobalOptions options;
    QString problem;
    if (!GlobalOptions::take(args, &options, &problem)) {
        err() << "slpctl " << commandName << ": " << problem << '\n';
        err().flush();
        return nullptr;
    }
    return std::make_unique<CliContext>(commandName, std::move(options));
}

void CliContext::error(const QString &message) const
{
    err() << "slpctl " << m_commandName << ": " << message << '\n';
    err().flush();
}

QString CliContext::databasePath() const
{
    return QFileInfo(m_options.databasePath.isEmpty() ? Store::defaultPath() : m_options.databasePath)
        .absoluteFilePath();
}

QString CliContext::knownHostsPath() const
{
    if (!m_options.knownHostsPath.isEmpty())
        return QFileInfo(m_options.knownHostsPath).absoluteFilePath();
    return QFileInfo(databasePath()).absoluteDir().filePath(QStringLiteral("known_hosts"));
}

QString CliContext::secretsFilePath() const
{
    if (!m_options.secretsFile.isEmpty())
        return QFileInfo(m_options.secretsFile).absoluteFilePath();
    return QFileInfo(databasePath()).absoluteDir().filePath(QStringLiteral("secrets.slpsec"));
}

bool CliContext::openStore()
{
    if (m_store)
        return true;
    const QString path = databasePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        error(QStringLiteral("cannot create the folder of the database %1").arg(path));
        return false;
    }
    auto store = std::make_unique<Store>();
    const StoreError opened = await(store->open(path));
    if (!opened.ok()) {
        error(QStringLiteral("cannot open the database %1: %2").arg(path, opened.message));
        return false;
    }
    m_store = std::move(store);
    return true;
}

SecretStore *CliContext::secrets()
{
    if (m_secretsChosen)
        return m_secrets.get();
    m_secretsChosen = true;
    if (!m_options.secretsFile.isEmpty())
        return openEncryptedFile(secretsFilePath());
    // QtKeychain reaches the keychain over the D-Bus session bus; without one there is none to ask.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        auto keychain = std::make_unique<KeychainSecretStore>();
        const SecretResult probe = await(keychain->read(QStringLiteral("slpctl/probe")));
        if (probe.ok()) {
            m_secrets = std::move(keychain);
            return m_secrets.get();
        }
        if (probe.error != SecretResult::Error::NoBackend) {
            error(QStringLiteral("the OS keychain refused access: %1").arg(probe.message));
            return nullptr;
        }
    }
    return openEncryptedFile(secretsFilePath());
}

SecretStore *CliContext::openEncryptedFile(const QString &path)
{
    QString master = qEnvironmentVariable(EncryptedFileSecretStore::masterPasswordVariable);
    if (master.isEmpty()) {
        if (!TerminalInput::stdinIsTerminal()) {
            error(QStringLiteral("secrets are kept in the encrypted file %1: set SLP_MASTER_PASSWORD or run on a "
                                 "terminal to type the master password")
                      .arg(path));
            return nullptr;
        }
        const bool creating = !QFileInfo::exists(path);
        const std::optional<QString> typed
            = TerminalInput::readHidden(creating ? QStringLiteral("New master password for %1: ").arg(path)
                                                 : QStringLiteral("Master password for %1: ").arg(path));
        if (!typed || typed->isEmpty()) {
            error(QStringLiteral("no master password given"));
            return nullptr;
        }
        if (creating) {
            const std::optional<QString> again = TerminalInput::readHidden(QStringLiteral("Repeat it: "));
            if (!again || *again != *typed) {
                error(QStringLiteral("the two master passwords differ"));
                return nullptr;
            }
        }
        master = *typed;
    }
    auto store = std::make_unique<EncryptedFileSecretStore>(path, Secret::fromString(master));
    const SecretResult verified = await(store->verify());
    if (!verified.ok()) {
        error(verified.message);
        return nullptr;
    }
    m_secrets = std::move(store);
    return m_secrets.get();
}

} // namespace slp::cli
