#pragma once

#include "ParseResult.h"
#include "ShowData.h"

#include <QStringView>

#include <optional>

namespace slp {

// One entry point for every `show license ...` output: detects the command when it is not given
// (CommandDetector), then runs that command's parser.
class ShowOutputParser
{
public:
    static ParseResult<ShowData> parse(QStringView text, std::optional<ShowCommand> command = std::nullopt);
};

} // namespace slp
