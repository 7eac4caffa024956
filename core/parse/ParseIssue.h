#pragma once

#include <QString>

namespace slp {

// Something a parser could not read, or read with a doubt: the 1-based line of the input (0 when
// it concerns the whole text) and a sentence for an admin naming what was wrong.
struct ParseIssue
{
    int line = 0;
    QString message;

    friend bool operator==(const ParseIssue &, const ParseIssue &) = default;
};

} // namespace slp
