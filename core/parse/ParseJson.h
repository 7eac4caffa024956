#pragma once

#include "ParseResult.h"
#include "ShowData.h"

#include <QJsonObject>
#include <QJsonValue>

namespace slp {

// The JSON of a parse (docs/parse-json.md): {command, recognised, data, issues, unparsed_lines}.
// `command` is the showCommandText() of the command read, null when none was recognised.
QJsonObject parseResultToJson(const ParseResult<ShowData> &result);
QJsonValue showDataToJson(const ShowData &data);

} // namespace slp
