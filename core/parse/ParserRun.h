#pragma once

#include "NormalisedOutput.h"
#include "ParseContext.h"
#include "ParseResult.h"

namespace slp {

// The frame every parser shares: refuse empty text, run the body (which fills `data` and returns
// whether it recognised the output), note a command echo that names another command, and collect
// issues and unparsed lines. `body(const NormalisedOutput &, ParseContext &, T &)`.
template<typename T, typename Body>
ParseResult<T> runParser(const NormalisedOutput &output, ShowCommand command, Body body)
{
    ParseResult<T> result;
    result.command = command;
    ParseContext context;
    if (output.lines.empty()) {
        context.addIssue(0,
                         QLatin1String("no output to read: the text is empty once prompts, timestamps and "
                                       "blank lines are set aside (expected the output of `")
                             + showCommandText(command) + QLatin1String("`)"));
        context.finish(result, output);
        return result;
    }
    if (!output.echoedCommand.isEmpty()) {
        const std::optional<ShowCommand> echoed = showCommandFromText(output.echoedCommand);
        if (echoed != command)
            context.addIssue(output.echoLine,
                             QLatin1String("the command echo is `") + output.echoedCommand
                                 + QLatin1String("` but the output is read as `") + showCommandText(command)
                                 + QLatin1Char('`'));
    }
    result.recognised = body(output, context, result.data);
    if (!result.recognised)
        result.data = T {};
    context.finish(result, output);
    return result;
}

} // namespace slp
