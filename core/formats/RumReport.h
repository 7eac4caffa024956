#pragma once

#include "RumMeasurement.h"
#include "model/Udi.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace slp {

// One `<RUMReport>` of a RUM report file: the signed payload kept exactly as the device wrote it,
// plus the fields the console shows. Nothing here is ever serialised back into a payload.
struct RumReport
{
    // The report JSON exactly as it stood in the file's CDATA (for resending as is).
    QByteArray rawJson;
    // The value of the report JSON's "payload" string: the bytes the signature covers.
    QByteArray payload;

    QString headerType; // "rum"
    Udi signatureUdi;
    QString signingType;
    QString signatureKey;
    QString signatureValue;

    QString payloadVersion; // "2.0"
    qint64 reportId = 0;
    QString assetName;
    Udi instanceUdi;
    QString entitlementTag;
    QString softwareVersion;
    QList<Udi> haUdis;
    QList<RumMeasurement> measurements;

    // 1-based line of the <RUMReport> element in the file.
    qint64 line = 0;

    // Earliest start_time and latest end_time over the measurements (0 when there are none).
    qint64 windowStart() const;
    qint64 windowEnd() const;
    // Largest COUNT value over the ENTITLEMENT measurements (0 when there are none).
    qint64 maxCount() const;
};

} // namespace slp
