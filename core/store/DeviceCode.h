#pragma once

#include <QDateTime>
#include <QString>

namespace slp {

// One SLR code kept for a device (table `device_codes`): the request code the router printed, the
// authorization code installed, the confirmation and return codes. Not secrets: they travel through
// the CSSM portal by design, and an admin needs them again (a return code must be entered in CSSM).
struct DeviceCode
{
    enum class Kind { Request, Authorization, Confirmation, Return };

    qint64 id = 0;
    qint64 deviceId = 0;
    Kind kind = Kind::Request;
    QString udi; // "PID:..,SN:.." the code belongs to
    QString code;
    qint64 jobId = 0; // the job that produced it; 0 when none
    QDateTime createdAt; // set by the store when invalid

    // "request", "authorization", "confirmation", "return": the column's and the JSON spelling.
    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);

    bool operator==(const DeviceCode &) const = default;
};

} // namespace slp
