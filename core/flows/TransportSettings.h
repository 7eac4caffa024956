#pragma once

#include "model/Transport.h"

#include <QJsonObject>
#include <QString>

namespace slp {

// What the admin asks the transport of a device to be (slpctl transport, the GUI's transport page).
// Fields left at Keep are not touched on the router.
struct TransportSettings
{
    enum class Change { Keep, Remove, Set };

    TransportType type = TransportType::Cslu; // cslu, smart or off
    QString url; // for the type's URL (`license smart url cslu|smart <url>`); empty: keep
    Change proxy = Change::Keep;
    QString proxyHost;
    int proxyPort = 0;
    Change vrf = Change::Keep;
    QString vrfName;

    // Empty when every value may go on a router command line, else what is wrong ("URL: ...").
    QString validate() const;
    // "smart, URL https://..., proxy none, VRF Mgmt": for messages.
    QString describe() const;
    QJsonObject toJson() const;
    static TransportSettings fromJson(const QJsonObject &object);
    // The settings that put a device back to `current` (what `show license status` showed).
    static TransportSettings restoring(const Transport &current);

    bool operator==(const TransportSettings &) const = default;
};

} // namespace slp
