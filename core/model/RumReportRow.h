#pragma once

#include <QString>

namespace slp {

// One row of `show license rum id all`: Report Id, State (OPEN, CLOSED, ACK, DELETED...), Flag,
// Feature Name. Report ids are 10-digit integers.
struct RumReportRow
{
    qint64 id = 0;
    QString state;
    QString flag;
    QString featureName;

    friend bool operator==(const RumReportRow &, const RumReportRow &) = default;
};

} // namespace slp
