#pragma once

#include "SlrEntitlement.h"
#include "model/Udi.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace slp {

// One `<specificPLR>` SLR authorization code: what CSSM reserved for which device.
struct SlrAuthorizationCode
{
    // The element exactly as it stood in the file: what gets copied to the router.
    QByteArray rawXml;

    QString flag;
    QString version;
    QString piid;
    QString timestamp;
    QList<SlrEntitlement> entitlements;
    QString signature;
    Udi udi;
    // Unknown elements met while reading (kept out of the way, never fatal).
    QStringList warnings;
};

} // namespace slp
