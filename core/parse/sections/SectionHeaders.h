#pragma once

#include "Section.h"
#include "parse/KeyValueSplit.h"

namespace slp {

// The section a line opens, or Section::None when the line is not a section header. Headers are
// recognised by their words whatever their indentation (captures pasted from documents lose it),
// with or without the trailing colon.
Section sectionOfHeader(const KeyValueView &field);

} // namespace slp
