#pragma once

#include "model/Policy.h"
#include "parse/ParseContext.h"

namespace slp {

// `Policy:`: policy in use, ACK requirement, and the four category blocks with their days.
class PolicyReader
{
public:
    PolicyReader(Policy &target, ParseContext &context)
        : m_target(target)
        , m_context(context)
    { }

    void begin() { m_category = nullptr; }
    bool read(const OutputLine &line, const KeyValueView &field);
    // Notes categories whose block was cut short (some of the three day counts missing).
    void finish();

private:
    PolicyCategory *categoryOfHeader(QStringView key);
    void readDays(const OutputLine &line, const KeyValueView &field, std::optional<int> &days);

    Policy &m_target;
    ParseContext &m_context;
    PolicyCategory *m_category = nullptr;
    QList<std::pair<PolicyCategory *, int>> m_seenCategories;
};

} // namespace slp
