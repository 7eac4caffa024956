#pragma once

#include "ParseIssue.h"
#include "ShowCommand.h"
#include "UnparsedLine.h"

#include <QList>

namespace slp {

// What every `show license ...` parser returns. `recognised` is false when the text is not the
// output of `command` at all (empty, another command, classic IOS licensing): then `data` is
// default-constructed and `issues` says why. When recognised, `data` holds every field that could
// be read, `issues` what could not, and `unparsed` the lines no field took.
template<typename T> struct ParseResult
{
    ShowCommand command = ShowCommand::Unknown;
    bool recognised = false;
    T data {};
    QList<ParseIssue> issues;
    QList<UnparsedLine> unparsed;
};

} // namespace slp
