// slpctl cssm: where the console reaches CSSM or SSM On-Prem (endpoint, account, OAuth client), shown and
// tested. The OAuth client secret goes to the secret store, never into the database or a command line.
#include "CliContext.h"
#include "CommandLine.h"
#include "CssmAccess.h"
#include "FutureWait.h"
#include "OptionParser.h"
#include "TerminalInput.h"

#include "cssm/CssmClient.h"
#include "cssm/CssmResults.h"
#include "secrets/SecretStore.h"
#include "store/CssmSettingsStore.h"
#include "store/Store.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace slp::cli {

namespace {

const QString usage = QStringLiteral(
    "Usage: slpctl cssm configure [--base-url URL] [--token-url URL] [--tenant T] [--smart-account-id ID]\n"
    "                             [--smart-account-domain D] [--virtual-account-id ID]\n"
    "                             [--virtual-account-name N] [--client-id ID] [--client-secret-stdin]\n"
    "                             [--ca-bundle FILE] [--proxy URL|none] [--poll-interval-scale X]\n"
    "       slpctl cssm show [--json]\n"
    "       slpctl cssm test\n\n"
    "configure changes only the settings given (an empty value clears one) and keeps them in the database,\n"
    "shared with the desktop console. The OAuth client secret is read as one line from standard input with\n"
    "--client-secret-stdin (or typed at a prompt when configuring the client id on a terminal) and kept in\n"
    "the secret store under \"cssm/client-secret\". --ca-bundle adds a PEM file of CAs trusted besides the\n"
    "system's; TLS errors are never ignored. --proxy: an http:// or socks5:// URL, or none (default: the\n"
    "system's). --poll-interval-scale multiplies CSSM's poll interval (1; labs use less).\n"
    "test asks for an OAuth token and the virtual account's license summary and prints it, or why not.\n");

struct UrlOption
{
    const char *name;
    QUrl CssmSettings::*field;
};

struct TextOption
{
    const char *name;
    QString CssmSettings::*field;
};

const UrlOption urlOptions[] = {{"base-url", &CssmSettings::baseUrl}, {"token-url", &CssmSettings::tokenUrl}};
const TextOption textOptions[] = {
    {"tenant", &CssmSettings::tenant},
    {"smart-account-id", &CssmSettings::smartAccountId},
    {"smart-account-domain", &CssmSettings::smartAccountDomain},
    {"virtual-account-id", &CssmSettings::virtualAccountId},
    {"virtual-account-name", &CssmSettings::virtualAccountName},
    {"client-id", &CssmSettings::clientId},
};

std::optional<CssmSettings> loadSettings(CliContext &context)
{
    const StoreResult<std::optional<CssmSettings>> loaded = await(CssmSettingsStore(context.store()).load());
    if (!loaded.ok()) {
        context.error(loaded.error.message);
        return std::nullopt;
    }
    CssmSettings settings = loaded.value.value_or(CssmSettings());
    settings.clientSecretReference = CssmSettingsStore::clientSecretReference();
    return settings;
}

int configure(CliContext &context, const QStringList &args)
{
    OptionParser options(context, usage);
    for (const UrlOption &option : urlOptions)
        options.addOption(QLatin1String(option.name), QStringLiteral("HTTPS URL."), QStringLiteral("url"));
    for (const TextOption &option : textOptions)
        options.addOption(QLatin1String(option.name), QStringLiteral("Account or client field."),
                          QStringLiteral("value"));
    options.addOption(QStringLiteral("client-secret-stdin"), QStringLiteral("Read the client secret from stdin."));
    options.addOption(QStringLiteral("ca-bundle"), QStringLiteral("PEM file of extra trusted CAs."),
                      QStringLiteral("file"));
    options.addOption(QStringLiteral("proxy"), QStringLiteral("Proxy URL or none."), QStringLiteral("url"));
    options.addOption(QStringLiteral("poll-interval-scale"), QStringLiteral("Poll interval factor."),
                      QStringLiteral("x"));
    if (const auto stop = options.parse(args))
        return *stop;
    if (!options.positional().isEmpty()) {
        context.error(QStringLiteral("unexpected argument \"%1\"; the client secret is never an argument (use "
                                     "--client-secret-stdin)")
                          .arg(options.positional().constFirst()));
        return ExitUsage;
    }
    if (!context.openStore())
        return ExitFailed;
    std::optional<CssmSettings> settings = loadSettings(context);
    if (!settings)
        return ExitFailed;

    for (const UrlOption &option : urlOptions) {
        const QString name = QLatin1String(option.name);
        if (!options.isSet(name))
            continue;
        const QString text = options.value(name).trimmed();
        const QUrl url(text, QUrl::StrictMode);
        if (!text.isEmpty() && (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())) {
            context.error(QStringLiteral("--%1 \"%2\": give an https:// URL with a host").arg(name, text));
            return ExitUsage;
        }
        (*settings).*option.field = text.isEmpty() ? QUrl() : url;
    }
    for (const TextOption &option : textOptions) {
        const QString name = QLatin1String(option.name);
        if (options.isSet(name))
            (*settings).*option.field = options.value(name).trimmed();
    }
    if (options.isSet(QStringLiteral("ca-bundle"))) {
        const QString path = options.value(QStringLiteral("ca-bundle"));
        const QFileInfo file(path);
        if (!path.isEmpty() && (!file.isFile() || !file.isReadable())) {
            context.error(QStringLiteral("--ca-bundle %1: no readable file there").arg(path));
            return ExitUsage;
        }
        settings->caBundleFile = path.isEmpty() ? QString() : file.absoluteFilePath();
    }
    if (options.isSet(QStringLiteral("proxy"))) {
        const QString text = options.value(QStringLiteral("proxy")).trimmed();
        const std::optional<QNetworkProxy> proxy = CssmSettingsStore::proxyFromText(text);
        if (!proxy) {
            context.error(QStringLiteral("--proxy \"%1\": give http://HOST:PORT, socks5://HOST:PORT or none (a proxy "
                                         "password is not accepted on the command line)")
                              .arg(text));
            return ExitUsage;
        }
        settings->proxy = *proxy;
    }
    if (options.isSet(QStringLiteral("poll-interval-scale"))) {
        bool ok = false;
        const double scale = options.value(QStringLiteral("poll-interval-scale")).toDouble(&ok);
        if (!ok || scale < 0 || scale > 10) {
            context.error(QStringLiteral("--poll-interval-scale: give a number from 0 to 10"));
            return ExitUsage;
        }
        settings->pollIntervalScale = scale;
    }

    std::optional<QString> secret;
    if (options.isSet(QStringLiteral("client-secret-stdin"))) {
        secret = TerminalInput::readLine();
        if (!secret || secret->isEmpty()) {
            context.error(QStringLiteral("--client-secret-stdin: standard input held no secret line"));
            return ExitFailed;
        }
    } else if (options.isSet(QStringLiteral("client-id")) && TerminalInput::stdinIsTerminal()) {
        secret = TerminalInput::readHidden(
            QStringLiteral("OAuth client secret for %1 (empty: keep the stored one): ").arg(settings->clientId));
    }
    if (secret && !secret->isEmpty()) {
        SecretStore *secrets = context.secrets();
        if (!secrets)
            return ExitFailed;
        const SecretResult written
            = await(secrets->write(CssmSettingsStore::clientSecretReference(), Secret::fromString(*secret)));
        if (!written.ok()) {
            context.error(QStringLiteral("the client secret could not be stored: %1").arg(written.message));
            return ExitFailed;
        }
    }
    const StoreError saved = await(CssmSettingsStore(context.store()).save(*settings));
    if (!saved.ok()) {
        context.error(saved.message);
        return ExitFailed;
    }
    out() << "CSSM settings saved";
    if (secret && !secret->isEmpty())
        out() << " (client secret in the secret store)";
    out() << '\n';
    if (!CssmSettingsStore::isConfigured(*settings))
        out() << "still missing for online flows: base URL, token URL and client id are all needed\n";
    return ExitOk;
}

int show(CliContext &context, const QStringList &args)
{
    OptionParser options(context, usage);
    options.addOption(QStringLiteral("json"), QStringLiteral("JSON output."));
    if (const auto stop = options.parse(args))
        return *stop;
    if (!context.openStore())
        return ExitFailed;
    const std::optional<CssmSettings> settings = loadSettings(context);
    if (!settings)
        return ExitFailed;
    const bool configured = CssmSettingsStore::isConfigured(*settings);
    const QHash<QString, QString> values = CssmSettingsStore::toValues(*settings);
    if (options.isSet(QStringLiteral("json"))) {
        QJsonObject object;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            object.insert(it.key().mid(5), it.value()); // without "cssm."
        object.insert(QStringLiteral("pollIntervalScale"), settings->pollIntervalScale);
        object.insert(QStringLiteral("clientSecretReference"), settings->clientSecretReference);
        object.insert(QStringLiteral("configured"), configured);
        out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const auto line = [](const char *label, const QString &value) {
        out() << QStringLiteral("%1 %2\n")
                     .arg(QLatin1String(label), -22)
                     .arg(value.isEmpty() ? QStringLiteral("-") : value);
    };
    line("base URL:", settings->baseUrl.toString());
    line("token URL:", settings->tokenUrl.toString());
    line("tenant:", settings->tenant);
    line("smart account id:", settings->smartAccountId);
    line("smart account domain:", settings->smartAccountDomain);
    line("virtual account id:", settings->virtualAccountId);
    line("virtual account name:", settings->virtualAccountName);
    line("client id:", settings->clientId);
    line("client secret:", QStringLiteral("secret store, reference %1").arg(settings->clientSecretReference));
    line("CA bundle:", settings->caBundleFile);
    line("proxy:",
         CssmSettingsStore::proxyText(settings->proxy).isEmpty() ? QStringLiteral("system")
                                                                 : CssmSettingsStore::proxyText(settings->proxy));
    line("poll interval scale:", QString::number(settings->pollIntervalScale));
    line("configured:", configured ? QStringLiteral("yes") : QStringLiteral("no (see `slpctl cssm configure`)"));
    return ExitOk;
}

int test(CliContext &context, const QStringList &args)
{
    OptionParser options(context, usage);
    if (const auto stop = options.parse(args))
        return *stop;
    if (!context.openStore())
        return ExitFailed;
    SecretStore *secrets = context.secrets();
    if (!secrets)
        return ExitFailed;
    CssmAccess access = CssmAccess::open(context, secrets);
    if (!access.client) {
        context.error(access.problem);
        return ExitFailed;
    }
    CssmRequestJob *job = access.client->licenseSummary();
    QEventLoop loop;
    QObject::connect(job, &CssmRequestJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
    job->deleteLater();
    if (!job->error().ok()) {
        context.error(QStringLiteral("%1 (%2)").arg(job->error().message, CssmError::kindName(job->error().kind)));
        return ExitFailed;
    }
    const QList<CssmLicenseSummaryEntry> licenses = cssmresults::licenseSummary(job->json());
    out() << "CSSM reachable at " << access.client->settings().baseUrl.toString()
          << ": OAuth token granted, license summary read (" << licenses.size() << " license(s))\n";
    for (const CssmLicenseSummaryEntry &entry : licenses)
        out() << QStringLiteral("  %1 entitled %2, in use %3, reserved %4, %5\n")
                     .arg(entry.tag)
                     .arg(entry.entitled)
                     .arg(entry.inUse)
                     .arg(entry.reserved)
                     .arg(entry.complianceStatus);
    return ExitOk;
}

} // namespace

int runCssm(const QStringList &arguments)
{
    QStringList args = arguments;
    const std::unique_ptr<CliContext> context = CliContext::create(QStringLiteral("cssm"), args);
    if (!context)
        return ExitUsage;
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    if (action == QLatin1String("configure"))
        return configure(*context, args);
    if (action == QLatin1String("show"))
        return show(*context, args);
    if (action == QLatin1String("test"))
        return test(*context, args);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        out() << usage << '\n' << GlobalOptions::helpText();
        return ExitOk;
    }
    context->error(action.isEmpty() ? QStringLiteral("which action? configure, show or test")
                                    : QStringLiteral("unknown action \"%1\"").arg(action));
    err() << usage;
    return ExitUsage;
}

} // namespace slp::cli
