#include "DeviceState.h"

#include "parse/ParseJson.h"
#include "parse/ShowOutputParser.h"
#include "parse/VersionParser.h"

#include <QJsonArray>

namespace slp {

namespace {

// The outputs without which no snapshot is stored: identity, licensing state and usage.
bool isRequired(ShowCommand command)
{
    return command == ShowCommand::Status || command == ShowCommand::Usage || command == ShowCommand::Udi;
}

// The router's complaint ("% Invalid input detected at '^' marker."), for a message.
QString firstMessageLine(const QString &output)
{
    const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(u'%'))
            return line.trimmed();
    }
    return lines.isEmpty() ? QStringLiteral("no output") : lines.constLast().trimmed().left(200);
}

template<typename T> std::optional<T> take(const ParseResult<ShowData> &result)
{
    if (!result.recognised)
        return std::nullopt;
    if (const T *value = std::get_if<T>(&result.data))
        return *value;
    return std::nullopt;
}

// `show version` is no `show license` command: it is optional, and what cannot be read of it is a
// parse issue, never a reason to drop the snapshot.
void readVersion(const RawOutput &output, int exitStatus, DeviceState &state)
{
    const QString name = VersionParser::commandText();
    QJsonObject json {{QStringLiteral("command"), name}};
    if (exitStatus != 0) {
        ++state.issueCount;
        json.insert(QStringLiteral("recognised"), false);
        json.insert(QStringLiteral("error"),
                    QStringLiteral("%1 failed on the router (exit status %2): %3")
                        .arg(name)
                        .arg(exitStatus)
                        .arg(firstMessageLine(output.text)));
        state.commandsJson.insert(name, json);
        return;
    }
    const ParseResult<SoftwareVersion> result = VersionParser::parse(output.text);
    state.issueCount += int(result.issues.size());
    state.softwareVersion = result.data.version;
    QJsonArray issues;
    for (const ParseIssue &issue : result.issues)
        issues.append(QJsonObject {{QStringLiteral("line"), issue.line}, {QStringLiteral("message"), issue.message}});
    json.insert(QStringLiteral("recognised"), result.recognised);
    json.insert(QStringLiteral("data"),
                result.recognised ? QJsonValue(QJsonObject {{QStringLiteral("version"), result.data.version}})
                                  : QJsonValue());
    json.insert(QStringLiteral("issues"), issues);
    state.commandsJson.insert(name, json);
}

} // namespace

DeviceState DeviceState::parse(const QList<RawOutput> &outputs, const QHash<QString, int> &exitStatuses)
{
    DeviceState state;
    QList<ShowCommand> seen;
    for (const RawOutput &output : outputs) {
        if (output.command == VersionParser::commandText()) {
            readVersion(output, exitStatuses.value(output.command), state);
            continue;
        }
        const std::optional<ShowCommand> command = showCommandFromText(output.command);
        if (!command)
            continue;
        seen.append(*command);
        const QString name = showCommandText(*command);
        if (const int exitStatus = exitStatuses.value(output.command); exitStatus != 0) {
            const QString problem = QStringLiteral("%1 failed on the router (exit status %2): %3")
                                        .arg(name)
                                        .arg(exitStatus)
                                        .arg(firstMessageLine(output.text));
            if (isRequired(*command))
                state.errors.append(problem);
            else
                ++state.issueCount;
            state.commandsJson.insert(name,
                                      QJsonObject {{QStringLiteral("command"), name},
                                                   {QStringLiteral("recognised"), false},
                                                   {QStringLiteral("error"), problem}});
            continue;
        }
        const ParseResult<ShowData> result = ShowOutputParser::parse(output.text, *command);
        state.issueCount += int(result.issues.size());
        state.commandsJson.insert(name, parseResultToJson(result));
        if (!result.recognised) {
            const QString why
                = result.issues.isEmpty() ? QStringLiteral("not recognised") : result.issues.constFirst().message;
            if (isRequired(*command))
                state.errors.append(QStringLiteral("the output of %1 could not be read: %2").arg(name, why));
            continue;
        }
        switch (*command) {
        case ShowCommand::Status:
            state.status = take<LicenseStatus>(result);
            break;
        case ShowCommand::Summary:
            state.summary = take<LicenseSummary>(result);
            break;
        case ShowCommand::Usage:
            state.usage = take<LicenseUsageList>(result);
            break;
        case ShowCommand::Udi:
            state.udi = take<UdiInfo>(result);
            if (state.udi && !state.udi->udi)
                state.errors.append(QStringLiteral("show license udi printed no UDI"));
            break;
        case ShowCommand::Reservation:
            state.reservation = take<Reservation>(result);
            break;
        case ShowCommand::PlatformSummary:
            state.platform = take<PlatformSummary>(result);
            break;
        default:
            break;
        }
    }
    for (const ShowCommand command : {ShowCommand::Status, ShowCommand::Usage, ShowCommand::Udi}) {
        if (!seen.contains(command))
            state.errors.append(QStringLiteral("%1 was not run").arg(showCommandText(command)));
    }
    return state;
}

} // namespace slp
