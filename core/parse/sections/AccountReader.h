#pragma once

#include "model/AccountInfo.h"
#include "parse/ParseContext.h"

namespace slp {

// `Account Information:` (status, summary, all; also the pre-24.1 `Registration:` account lines).
class AccountReader
{
public:
    AccountReader(AccountInfo &target, ParseContext &context)
        : m_target(target)
        , m_context(context)
    { }

    bool read(const OutputLine &line, const KeyValueView &field);

private:
    AccountInfo &m_target;
    ParseContext &m_context;
};

} // namespace slp
