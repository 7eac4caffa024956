#include "OptionParser.h"

#include "CliContext.h"
#include "CommandLine.h"

namespace slp::cli {

OptionParser::OptionParser(const CliContext &context, QString help)
    : m_context(context)
    , m_help(std::move(help))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Help.")));
}

void OptionParser::addOption(const QString &name, const QString &description, const QString &valueName)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
}

std::optional<int> OptionParser::parse(const QStringList &args)
{
    if (!m_parser.parse(QStringList {QStringLiteral("slpctl")} + args)) {
        m_context.error(m_parser.errorText());
        err() << m_help.section(u'\n', 0, 0) << "\nRun `slpctl " << m_context.commandName()
              << " --help` for the options.\n";
        return ExitUsage;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << m_help << '\n' << GlobalOptions::helpText();
        out().flush();
        return ExitOk;
    }
    return std::nullopt;
}

std::optional<int> OptionParser::intValue(const QString &name, int min, int max, int fallback) const
{
    if (!m_parser.isSet(name))
        return fallback;
    bool ok = false;
    const int number = m_parser.value(name).toInt(&ok);
    if (!ok || number < min || number > max) {
        m_context.error(QStringLiteral("--%1 %2: expected a whole number from %3 to %4")
                            .arg(name, m_parser.value(name))
                            .arg(min)
                            .arg(max));
        return std::nullopt;
    }
    return number;
}

} // namespace slp::cli
