#pragma once

#include "model/UdiInfo.h"
#include "parse/ParseContext.h"

namespace slp {

// `UDI:` and the `HA UDI List:` (show license udi; `Product Information` of show license all).
class ProductInfoReader
{
public:
    ProductInfoReader(UdiInfo &target, ParseContext &context)
        : m_target(target)
        , m_context(context)
    { }

    bool read(const OutputLine &line, const KeyValueView &field);

private:
    UdiInfo &m_target;
    ParseContext &m_context;
};

} // namespace slp
