#pragma once

#include "OutputLine.h"
#include "UnparsedLine.h"

#include <QList>
#include <QString>

#include <vector>

namespace slp {

// Router output reduced to its content lines: CRLF, terminal control sequences, `--More--`, `..!`
// noise, blank lines, the timestamp line, banners, the command echo and the trailing prompt are gone.
struct NormalisedOutput
{
    QString storage; // the (cleaned) text the lines view into; shared, never modified
    std::vector<OutputLine> lines;
    QString echoedCommand; // `Router# show license status` -> "show license status"
    int echoLine = 0;
    // A second prompt after the output: what follows is another command's output, not read here.
    QString followingCommand;
    int followingLine = 0;
    QList<UnparsedLine> followingLines;
};

} // namespace slp
