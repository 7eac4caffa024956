#pragma once

#include "FormatResult.h"
#include "RumReport.h"

#include <QByteArray>
#include <QStringList>

namespace slp {

// Reads one report JSON (the CDATA of a <RUMReport>): header, signature and the payload, which is
// decoded for display only; RumReport::payload keeps the signed string exactly.
class RumReportParser
{
public:
    static constexpr qsizetype maxMeasurements = 100000;

    // Errors name the JSON field (e.g. "payload: asset_identification.report_id is missing").
    // Things worth telling but not fatal are appended to *warnings.
    static FormatResult<RumReport> parse(const QByteArray &reportJson, QStringList *warnings);
};

} // namespace slp
