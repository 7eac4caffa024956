#pragma once

#include "RumReport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace slp {

// A RUM report file as written by `license smart save usage`: the system-info block and the reports.
struct RumReportFile
{
    // Inside of <smartLicenseSystemInfo><data>, kept as text (its JSON is device information).
    QByteArray systemInfoData;
    // "hostname" of the system-info JSON when present.
    QString systemInfoHostname;
    QList<RumReport> reports;
    // Things that did not stop the reading (unknown elements, unexpected header type, ...).
    QStringList warnings;

    QList<qint64> reportIds() const;
    // Distinct entitlement tags in first-seen order.
    QStringList entitlementTags() const;
    // Distinct signing UDIs in first-seen order (one for a standalone router).
    QList<Udi> signingUdis() const;

    // Empty when every report was signed by `device` (or one of `haMembers`) and describes it;
    // otherwise a message naming the first mismatching report and both UDIs.
    QString verifyBelongsTo(const Udi &device, const QList<Udi> &haMembers = {}) const;
};

} // namespace slp
