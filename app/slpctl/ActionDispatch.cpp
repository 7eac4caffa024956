#include "ActionDispatch.h"

#include "CliContext.h"
#include "CommandLine.h"

#include <memory>

namespace slp::cli {

namespace {

// "add, edit or remove"
QString listOfActions(std::initializer_list<Action> actions)
{
    QStringList names;
    for (const Action &action : actions)
        names.append(QString::fromLatin1(action.name));
    const QString last = names.takeLast();
    return names.isEmpty() ? last : names.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

} // namespace

int dispatchAction(const QString &commandName, const QStringList &arguments, const QString &usage,
                   std::initializer_list<Action> actions)
{
    QStringList args = arguments;
    const std::unique_ptr<CliContext> context = CliContext::create(commandName, args);
    if (!context)
        return ExitUsage;
    const QString name = args.isEmpty() ? QString() : args.takeFirst();
    for (const Action &action : actions) {
        if (name == QLatin1String(action.name))
            return action.run(*context, args);
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        out() << usage << '\n' << GlobalOptions::helpText();
        return ExitOk;
    }
    context->error(name.isEmpty() ? QStringLiteral("which action? %1").arg(listOfActions(actions))
                                  : QStringLiteral("unknown action \"%1\"").arg(name));
    err() << usage;
    return ExitUsage;
}

} // namespace slp::cli
