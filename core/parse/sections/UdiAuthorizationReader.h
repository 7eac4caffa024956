#pragma once

#include "model/UdiAuthorization.h"
#include "parse/ParseContext.h"

#include <QList>

namespace slp {

// `Overall status:` per-UDI blocks: the role line with the UDI, then `Status:` or
// `Reservation status:` and the request / return / confirmation / authorization codes.
class UdiAuthorizationReader
{
public:
    UdiAuthorizationReader(QList<UdiAuthorization> &target, ParseContext &context)
        : m_target(target)
        , m_context(context)
    { }

    bool read(const OutputLine &line, const KeyValueView &field);

private:
    UdiAuthorization &current();

    QList<UdiAuthorization> &m_target;
    ParseContext &m_context;
};

} // namespace slp
