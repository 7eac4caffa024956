#pragma once

#include "model/TrustInfo.h"
#include "parse/ParseContext.h"

namespace slp {

// `Trust Code Installed:` as a single date on the header line, or per UDI below it:
//   Active: PID:ASR-9006-AC,SN:FOX1605GNAH
//     INSTALLED on Mar 19 2024 14:20:59 UTC
class TrustReader
{
public:
    TrustReader(TrustInfo &target, ParseContext &context)
        : m_target(target)
        , m_context(context)
    { }

    void begin(const OutputLine &header, const KeyValueView &field);
    bool read(const OutputLine &line, const KeyValueView &field);

private:
    void readInstalled(const OutputLine &line, QStringView text, TrustCode *code);

    TrustInfo &m_target;
    ParseContext &m_context;
    qsizetype m_current = -1; // index into perUdi (an index survives the list growing)
};

} // namespace slp
