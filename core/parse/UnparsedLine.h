#pragma once

#include <QString>

namespace slp {

// A line of router output no parser field took: kept with its 1-based line number so that a newer
// release's additions stay visible instead of vanishing.
struct UnparsedLine
{
    int line = 0;
    QString text;

    friend bool operator==(const UnparsedLine &, const UnparsedLine &) = default;
};

} // namespace slp
