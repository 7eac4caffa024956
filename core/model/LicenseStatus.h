#pragma once

#include "AccountInfo.h"
#include "DataPrivacy.h"
#include "DeviceTelemetry.h"
#include "KeyValue.h"
#include "LegacyRegistration.h"
#include "Policy.h"
#include "Transport.h"
#include "TrustInfo.h"
#include "UsageReporting.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slp {

// Everything `show license status` prints (IOS XR 24.1+, IOS XE, and the older Smart Licensing
// layout of IOS XR 7.x, whose extra sections land in `legacy`).
struct LicenseStatus
{
    std::optional<bool> smartLicensingEnabled; // pre-24.1: `Smart Licensing is ENABLED`
    std::optional<bool> automaticConversionEnabled; // `License Conversion: Automatic Conversion Enabled: True`
    QStringList exportAuthorizedFeatures; // `Export Authorization Key: Features Authorized:`
    std::optional<bool> utilityEnabled; // `Utility: Status: DISABLED`
    std::optional<bool> policyEnabled; // `Smart Licensing Using Policy: Status: ENABLED`
    AccountInfo account;
    DataPrivacy dataPrivacy;
    Transport transport;
    QString customId; // `Miscellaneous: Custom Id:`; empty for `<empty>`
    // `License Reservation: Status:` ("REGISTERED - SPECIFIC LICENSE RESERVATION"), printed while
    // SLR is installed or requested; empty otherwise.
    QString reservationStatus;
    Policy policy;
    UsageReporting usageReporting;
    TrustInfo trust;
    std::optional<int> secondarySigningCert;
    DeviceTelemetry telemetry;
    std::optional<LegacyRegistration> legacy;
    QList<KeyValue> otherFields; // fields of known sections this version does not read

    friend bool operator==(const LicenseStatus &, const LicenseStatus &) = default;
};

} // namespace slp
