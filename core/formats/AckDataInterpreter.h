#pragma once

#include "AckFile.h"

namespace slp {

// Fills AckFile's udi / acknowledgedReportIds / timestamp / hasSignature from AckFile::rawData.
// The layout is the one tests/sim/PROTOCOL.md section 5 defines (xrsim-ack/1; docs/formats.md repeats
// what is understood); anything else leaves the fields unknown and says so in AckFile::notes.
class AckDataInterpreter
{
public:
    static void interpret(AckFile *ack);
};

} // namespace slp
