#pragma once

#include "TrustCode.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace slp {

// `Trust Code Installed:` either as a single date (single-RP routers) or per UDI (HA, stacks).
struct TrustInfo
{
    std::optional<QDateTime> installedOn; // single-date form; nullopt with `<none>` or the per-UDI form
    QList<TrustCode> perUdi;
    QString codeType; // IOS XE `Trust Code Type:` (newer releases)

    // True when a trust code is installed on the device (any UDI, or the single date).
    bool isInstalled() const
    {
        if (installedOn)
            return true;
        for (const TrustCode &code : perUdi) {
            if (code.installed)
                return true;
        }
        return false;
    }

    friend bool operator==(const TrustInfo &, const TrustInfo &) = default;
};

} // namespace slp
