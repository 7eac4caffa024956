#pragma once

#include <QByteArray>
#include <QStringList>

namespace slp {

// A standalone policy file (`<smartLicense><smartLicensePolicy>..`), imported like an ACK.
struct PolicyFile
{
    QByteArray rawFile; // exactly the bytes to copy to the router
    QByteArray data; // text of <smartLicensePolicy><data>
    QString name; // the policy's name when its data says ("name" or "policy_name" in JSON)
    QStringList notes;
};

} // namespace slp
