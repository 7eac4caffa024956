#pragma once

#include <QCommandLineParser>

#include <optional>

namespace slp::cli {

class CliContext;

// QCommandLineParser for one sub-command: `--help` prints `help` (and the global options), a wrong
// option prints the parser's reason and the usage line. parse() returns the exit status to stop
// with, or nullopt to go on.
class OptionParser
{
public:
    OptionParser(const CliContext &context, QString help);

    QCommandLineParser &parser() { return m_parser; }
    void addOption(const QString &name, const QString &description, const QString &valueName = {});
    std::optional<int> parse(const QStringList &args);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    // An integer option within [min, max]; nullopt after printing an error.
    std::optional<int> intValue(const QString &name, int min, int max, int fallback) const;

private:
    const CliContext &m_context;
    QString m_help;
    QCommandLineParser m_parser;
};

} // namespace slp::cli
