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

#include <QJsonArray>
#include <QJsonObject>

// JSON of the model types, with stable snake_case names (docs/parse-json.md is the contract).
namespace slp {

QJsonObject toJson(const AccountInfo &value);
QJsonObject toJson(const DataPrivacy &value);
QJsonObject toJson(const Transport &value);
QJsonObject toJson(const PolicyCategory &value);
QJsonObject toJson(const Policy &value);
QJsonObject toJson(const UsageReporting &value);
QJsonObject toJson(const TrustCode &value);
QJsonObject toJson(const TrustInfo &value);
QJsonObject toJson(const DeviceTelemetry &value);
QJsonObject toJson(const LegacyRegistration &value);
QJsonObject toJson(const LicenseStatus &value);

QJsonObject toJson(const LicenseHaPeer &value);
QJsonObject toJson(const LicenseHaInfo &value);
QJsonObject toJson(const LicenseUsage &value);
QJsonObject toJson(const LicenseUsageList &value);
QJsonObject toJson(const LicenseSummaryRow &value);
QJsonObject toJson(const LicenseSummary &value);
QJsonObject toJson(const HaUdi &value);
QJsonObject toJson(const UdiInfo &value);
QJsonObject toJson(const UsageReportSummary &value);
QJsonObject toJson(const UdiAuthorization &value);
QJsonObject toJson(const LicenseAll &value);

QJsonObject toJson(const ReservationTerm &value);
QJsonObject toJson(const SpecifiedReservation &value);
QJsonObject toJson(const Reservation &value);
QJsonObject toJson(const RumReportRow &value);
QJsonObject toJson(const RumReportDetail &value);
QJsonArray toJson(const QList<RumReportRow> &value);
QJsonArray toJson(const QList<RumReportDetail> &value);

QJsonObject toJson(const PlatformSchedule &value);
QJsonObject toJson(const SiaStatus &value);
QJsonObject toJson(const PlatformParameters &value);
QJsonObject toJson(const PlatformFeatureRow &value);
QJsonObject toJson(const PlatformEntitlement &value);
QJsonObject toJson(const PlatformSummary &value);
QJsonObject toJson(const PlatformDetail &value);

} // namespace slp
