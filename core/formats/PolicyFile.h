#pragma once

#include "model/Udi.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace slp {

// A standalone policy file (`<smartLicense><smartLicensePolicy>..`), imported like an ACK.
struct PolicyFile
{
    QByteArray rawFile; // exactly the bytes to copy to the router
    QByteArray data; // text of <smartLicensePolicy><data>
    QString name; // the policy's name when its data says
    std::optional<Udi> udi; // the device it is for, when its data says
    QStringList notes;
};

} // namespace slp
