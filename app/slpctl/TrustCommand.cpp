// slpctl trust: establishes trust with an ID token on devices over SSH.
#include "CliContext.h"
#include "CommandLine.h"
#include "DeviceFlowCommand.h"
#include "FutureWait.h"
#include "OptionParser.h"
#include "TerminalInput.h"

#include "flows/TrustJob.h"
#include "secrets/SecretStore.h"
#include "ssh/CommandValueValidator.h"

namespace slp::cli {

namespace {

const QString usage = QStringLiteral(
    "Usage: slpctl trust (--token-stdin | --token-ref REF | --from-cssm) [--force] (--all | NAME...)\n"
    "                    [--parallel N] [--accept-new-host-keys] [--quiet] [--connect-timeout S] ...\n\n"
    "Establishes trust on each device: `show clock` first (a router more than an hour off UTC fails,\n"
    "nothing is sent), then `license smart trust idtoken <token> all [force]`, then `show license\n"
    "status` must show the trust code installed; the device's snapshot is refreshed.\n"
    "The ID token never goes on slpctl's command line: --token-stdin reads it from standard input and\n"
    "keeps it in the secret store under \"idtoken/default\" (--token-name NAME: \"idtoken/NAME\");\n"
    "--token-ref REF uses a token kept there before; --from-cssm asks CSSM (`slpctl cssm configure`) for\n"
    "a new token. The audit log shows `idtoken <redacted>`. --force replaces an installed trust code.\n"
    "Exit status 0 only when every device succeeded.\n");

} // namespace

int runTrust(const QStringList &arguments)
{
    QStringList args = arguments;
    const std::unique_ptr<CliContext> context = CliContext::create(QStringLiteral("trust"), args);
    if (!context)
        return ExitUsage;
    OptionParser options(*context, usage);
    options.addOption(QStringLiteral("token-stdin"), QStringLiteral("Read the ID token from standard input."));
    options.addOption(QStringLiteral("token-name"), QStringLiteral("Keep the token as idtoken/NAME."),
                      QStringLiteral("NAME"));
    options.addOption(QStringLiteral("token-ref"), QStringLiteral("Secret store reference of the token."),
                      QStringLiteral("REF"));
    options.addOption(QStringLiteral("from-cssm"), QStringLiteral("Get a new ID token from CSSM."));
    options.addOption(QStringLiteral("force"), QStringLiteral("Replace an installed trust code."));
    DeviceFlowCommand::addOptions(options);
    if (const auto stop = options.parse(args))
        return *stop;
    const int sources = int(options.isSet(QStringLiteral("token-stdin")))
        + int(options.isSet(QStringLiteral("token-ref"))) + int(options.isSet(QStringLiteral("from-cssm")));
    if (sources != 1) {
        context->error(QStringLiteral("give exactly one of --token-stdin, --token-ref REF, --from-cssm"));
        return ExitUsage;
    }
    TrustJob::Settings settings;
    settings.force = options.isSet(QStringLiteral("force"));
    settings.fromCssm = options.isSet(QStringLiteral("from-cssm"));
    settings.tokenReference = options.value(QStringLiteral("token-ref"));
    if (options.isSet(QStringLiteral("token-stdin"))) {
        const QString name = options.isSet(QStringLiteral("token-name")) ? options.value(QStringLiteral("token-name"))
                                                                         : QStringLiteral("default");
        settings.tokenReference = QStringLiteral("idtoken/") + name;
        if (const QString problem = SecretStore::checkReference(settings.tokenReference); !problem.isEmpty()) {
            context->error(QStringLiteral("--token-name: %1").arg(problem));
            return ExitUsage;
        }
    }
    DeviceFlowCommand flow(*context, options,
                           settings.fromCssm ? DeviceFlowCommand::CssmUse::Required : DeviceFlowCommand::CssmUse::None);
    flow.prepare = [&]() -> bool {
        if (!options.isSet(QStringLiteral("token-stdin")))
            return true;
        const std::optional<QString> line = TerminalInput::readLine();
        const QString token = line.value_or(QString()).trimmed();
        if (token.isEmpty()) {
            context->error(QStringLiteral("--token-stdin: no ID token on standard input"));
            return false;
        }
        if (const CommandValueCheck check = CommandValueValidator::idToken(token); !check) {
            context->error(QStringLiteral("--token-stdin: %1").arg(check.message));
            return false;
        }
        const SecretResult written
            = await(context->secrets()->write(settings.tokenReference, Secret::fromString(token)));
        if (!written.ok()) {
            context->error(QStringLiteral("cannot keep the ID token in the secret store: %1").arg(written.message));
            return false;
        }
        return true;
    };
    flow.makeJob = [&settings](const JobEnvironment &environment, const JobOptions &jobOptions) -> Job * {
        return new TrustJob(environment, jobOptions, settings);
    };
    return flow.run(options.positional());
}

} // namespace slp::cli
