#pragma once

#include "model/Udi.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <optional>

namespace slp {

// An ACK file CSSM returns for a device's reports (`license smart import` takes it as is).
// The inside of <data> is not public: what the console understands of it (see AckDataInterpreter)
// is filled in, and everything stays available raw.
struct AckFile
{
    QByteArray rawFile; // exactly the bytes to copy to the router
    QByteArray rawData; // text of <smartLicenseRumAck><data>

    std::optional<Udi> udi; // nullopt: the data does not say (or not in a known form)
    QList<qint64> acknowledgedReportIds;
    std::optional<qint64> timestamp; // Unix seconds
    bool hasSignature = false;
    bool installsTrust = false; // the ACK answers a trust request ("installTrust")

    bool hasPolicy = false; // a <smartLicensePolicy> element rides along
    QByteArray policyData; // its <data> text
    bool carriesPolicy = false; // that element, or a "policy" inside the ACK data itself

    // Why some of the above is unknown, and other things worth showing.
    QStringList notes;
};

} // namespace slp
