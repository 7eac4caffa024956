#pragma once

#include "model/LicenseAll.h"
#include "model/LicenseStatus.h"
#include "model/LicenseSummary.h"
#include "model/LicenseUsageList.h"
#include "model/PlatformDetail.h"
#include "model/PlatformSummary.h"
#include "model/Reservation.h"
#include "model/RumReportDetail.h"
#include "model/RumReportRow.h"
#include "model/UdiInfo.h"

#include <QList>

#include <variant>

namespace slp {

// The data of any `show license ...` output, for callers that parse without knowing the command
// in advance (slpctl parse, a pasted capture). monostate when nothing was recognised.
using ShowData
    = std::variant<std::monostate, LicenseStatus, LicenseSummary, LicenseUsageList, LicenseAll, UdiInfo, Reservation,
                   PlatformSummary, PlatformDetail, QList<RumReportRow>, QList<RumReportDetail>>;

} // namespace slp
