#pragma once

#include "model/Transport.h"
#include "parse/ParseContext.h"

namespace slp {

// `Transport:` in its shapes: cslu (Cslu address, Proxy, VRF), Smart (URL, Proxy with Address/Port
// or `Not Configured`, VRF), Callhome, `Transport Off`; the proxy and VRF either on their own line
// or below a `Proxy:`/`VRF:` sub-header. Proxy credentials are consumed but never stored.
class TransportReader
{
public:
    TransportReader(Transport &target, ParseContext &context)
        : m_target(target)
        , m_context(context)
    { }

    void begin() { m_block = Block::Top; }
    bool read(const OutputLine &line, const KeyValueView &field);

private:
    enum class Block { Top, Proxy, Vrf };

    bool readTop(const OutputLine &line, const KeyValueView &field);
    bool readProxy(const OutputLine &line, const KeyValueView &field);
    bool readVrf(const KeyValueView &field);
    void setProxyFromOneLine(const OutputLine &line, QStringView value);
    void setVrfFromOneLine(QStringView value);

    Transport &m_target;
    ParseContext &m_context;
    Block m_block = Block::Top;
};

} // namespace slp
