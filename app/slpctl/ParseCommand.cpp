// slpctl parse: reads captured `show license ...` output files and prints what the parsers make of
// them, as JSON (docs/parse-json.md) or as a short digest.
#include "CommandLine.h"

#include "parse/ParseJson.h"
#include "parse/ShowDataText.h"
#include "parse/ShowOutputParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace slp::cli {

namespace {

// Captures are a few kilobytes; anything this large is not router output and is refused.
constexpr qint64 maximumFileBytes = 64 * 1024 * 1024;

void printHelp(QTextStream &stream)
{
    stream << "Usage: slpctl parse [--command \"<show command>\"] [--json] FILE...\n\n"
              "Reads the output of `show license ...` commands captured in FILEs (`-` reads standard input)\n"
              "and prints the data found, the issues met (with line numbers) and the lines not understood.\n"
              "Without --command, the command is detected from the text.\n\n"
              "  --command \"show license status\"   read every FILE as this command's output\n"
              "                                      (status, summary, usage, all, udi, reservation,\n"
              "                                      platform summary|detail, rum id all, rum id <id> detail)\n"
              "  --json                              print JSON: one object per FILE, an array for several\n\n"
              "Exit status: 0 every FILE was recognised, 1 a FILE was unreadable or not recognised,\n"
              "2 usage error.\n";
    stream.flush();
}

struct Options
{
    std::optional<ShowCommand> command;
    bool json = false;
    QStringList files;
};

// Returns -1 when the arguments are fine, else the exit status to return.
int readArguments(const QStringList &args, Options &options)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printHelp(out());
            return ExitOk;
        }
        if (arg == QLatin1String("--json")) {
            options.json = true;
            continue;
        }
        if (arg == QLatin1String("--command") || arg.startsWith(QLatin1String("--command="))) {
            QString text;
            if (arg.contains(u'='))
                text = arg.mid(arg.indexOf(u'=') + 1);
            else if (i + 1 < args.size())
                text = args.at(++i);
            else {
                err() << "slpctl parse: --command needs a value, e.g. --command \"show license status\"\n";
                return ExitUsage;
            }
            options.command = showCommandFromText(text);
            if (!options.command) {
                err() << "slpctl parse: '" << text << "' is not a show license command this version reads\n";
                return ExitUsage;
            }
            continue;
        }
        if (arg.startsWith(QLatin1String("--"))) {
            err() << "slpctl parse: unknown option '" << arg << "'\n";
            return ExitUsage;
        }
        options.files.append(arg);
    }
    if (options.files.isEmpty()) {
        err() << "slpctl parse: no file given\n\n";
        printHelp(err());
        return ExitUsage;
    }
    return -1;
}

std::optional<QByteArray> readInput(const QString &path)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err() << "slpctl parse: cannot read '" << path << "': " << file.errorString() << '\n';
        return std::nullopt;
    }
    QByteArray bytes = file.read(maximumFileBytes + 1);
    if (bytes.size() > maximumFileBytes) {
        err() << "slpctl parse: '" << path << "' is larger than 64 MiB: not router output, not read\n";
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        err() << "slpctl parse: cannot read '" << path << "': " << file.errorString() << '\n';
        return std::nullopt;
    }
    return bytes;
}

void printDigest(const QString &path, const ParseResult<ShowData> &result)
{
    QTextStream &stream = out();
    const QString command = showCommandText(result.command);
    stream << path << ": " << (command.isEmpty() ? QStringLiteral("unknown output") : command)
           << (result.recognised ? "" : " (not recognised)") << ", " << result.issues.size() << " issue(s), "
           << result.unparsed.size() << " line(s) not understood\n";
    for (const QString &line : showDataSummaryLines(result.data))
        stream << "  " << line << '\n';
    for (const ParseIssue &issue : result.issues)
        stream << "  ! " << (issue.line > 0 ? QStringLiteral("line %1: ").arg(issue.line) : QString()) << issue.message
               << '\n';
}

} // namespace

int runParse(const QStringList &args)
{
    Options options;
    if (const int status = readArguments(args, options); status >= 0)
        return status;
    int status = ExitOk;
    QJsonArray results;
    for (const QString &path : std::as_const(options.files)) {
        const std::optional<QByteArray> bytes = readInput(path);
        if (!bytes) {
            status = ExitFailed;
            continue;
        }
        const ParseResult<ShowData> result = ShowOutputParser::parse(QString::fromUtf8(*bytes), options.command);
        if (!result.recognised)
            status = ExitFailed;
        if (options.json) {
            QJsonObject object = parseResultToJson(result);
            object.insert(QStringLiteral("file"), path);
            results.append(object);
        } else {
            printDigest(path, result);
        }
    }
    if (options.json) {
        const QJsonDocument document = results.size() == 1 && options.files.size() == 1
            ? QJsonDocument(results.first().toObject())
            : QJsonDocument(results);
        out() << document.toJson(QJsonDocument::Indented);
    }
    return status;
}

} // namespace slp::cli
