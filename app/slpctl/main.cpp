#include "CliContext.h"
#include "CommandLine.h"

#include "util/BuildInfo.h"

#include <QCoreApplication>

using namespace slp::cli;

namespace {

void printUsage(QTextStream &stream)
{
    stream << "Usage: slpctl [--version] [--help] <command> [options]\n\nCommands:\n";
    for (const Command &command : commands())
        stream << "  " << command.name.leftJustified(16) << command.summary << '\n';
    stream << "\nRun `slpctl <command> --help` for the options of one command.\n";
    stream.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("slpconsole"));
    QCoreApplication::setOrganizationName(QStringLiteral("slpconsole"));
    QCoreApplication::setApplicationVersion(slp::BuildInfo::applicationVersion());

    QStringList args = QCoreApplication::arguments().mid(1);
    // `slpctl --db PATH devices list`: global options before the command go to the command (first,
    // so that the same option after the command wins).
    const QStringList globalOptions = GlobalOptions::takeLeading(args);
    if (args.isEmpty()) {
        printUsage(err());
        return ExitUsage;
    }
    const QString first = args.takeFirst();
    if (first == QLatin1String("--version") || first == QLatin1String("-V")) {
        out() << "slpctl " << slp::BuildInfo::summary() << '\n';
        out().flush();
        return ExitOk;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        printUsage(out());
        return ExitOk;
    }
    for (const Command &command : commands()) {
        if (command.name == first) {
            const int status = command.run(globalOptions + args);
            out().flush();
            err().flush();
            return status;
        }
    }
    err() << "slpctl: unknown command '" << first << "'\n\n";
    printUsage(err());
    return ExitUsage;
}
