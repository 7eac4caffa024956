#include "ConfigSession.h"

namespace slp {

QList<SshStep> ConfigSession::steps(const QStringList &lines)
{
    QList<SshStep> steps {SshStep::shellCommand(QStringLiteral("configure"))};
    for (const QString &line : lines)
        steps.append(SshStep::shellCommand(line));
    steps.append(SshStep::shellCommand(QStringLiteral("commit")));
    // Nothing is left uncommitted, so `end` asks no question.
    steps.append(SshStep::shellCommand(QStringLiteral("end")));
    return steps;
}

QStringList ConfigSession::rejections(const SshJobResult &result, qsizetype first, const QStringList &lines)
{
    QStringList refused;
    QStringList typed {QStringLiteral("configure")};
    typed.append(lines);
    typed.append(QStringLiteral("commit"));
    typed.append(QStringLiteral("end"));
    for (qsizetype i = 0; i < typed.size() && first + i < result.steps.size(); ++i) {
        const QString output = result.steps.at(first + i).output;
        for (const QString &line : output.split(QLatin1Char('\n'))) {
            // IOS XR marks errors with "%"; "% No configuration changes to commit." is not one.
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(QLatin1Char('%')) && !trimmed.contains(QLatin1String("No configuration changes"))) {
                refused.append(QStringLiteral("%1: %2").arg(typed.at(i), trimmed));
                break;
            }
        }
    }
    return refused;
}

} // namespace slp
