#pragma once

#include <QStringView>

namespace slp {

// One content line of router output after normalisation: its 1-based number in the original text,
// its indentation (leading blanks, kept because nested blocks rely on it) and its text without
// leading or trailing blanks. `text` views into NormalisedOutput::storage.
struct OutputLine
{
    int number = 0;
    int indent = 0;
    QStringView text;
};

} // namespace slp
