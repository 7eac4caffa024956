#include "ParseJson.h"

#include "model/json/ModelJson.h"

#include <QJsonArray>

namespace slp {

QJsonValue showDataToJson(const ShowData &data)
{
    return std::visit(
        [](const auto &value) -> QJsonValue {
            if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::monostate>)
                return QJsonValue::Null;
            else
                return toJson(value);
        },
        data);
}

QJsonObject parseResultToJson(const ParseResult<ShowData> &result)
{
    QJsonArray issues;
    for (const ParseIssue &issue : result.issues)
        issues.append(QJsonObject {{QStringLiteral("line"), issue.line}, {QStringLiteral("message"), issue.message}});
    QJsonArray unparsed;
    for (const UnparsedLine &line : result.unparsed)
        unparsed.append(QJsonObject {{QStringLiteral("line"), line.line}, {QStringLiteral("text"), line.text}});
    const QString command = showCommandText(result.command);
    return {
        {QStringLiteral("command"), command.isEmpty() ? QJsonValue() : QJsonValue(command)},
        {QStringLiteral("recognised"), result.recognised},
        {QStringLiteral("data"), showDataToJson(result.data)},
        {QStringLiteral("issues"), issues},
        {QStringLiteral("unparsed_lines"), unparsed},
    };
}

} // namespace slp
