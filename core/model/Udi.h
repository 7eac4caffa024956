#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace slp {

// Unique device identifier of one product instance: `PID:<pid>,SN:<serial>`. Routers sometimes print
// more parts (`VID:V01`) or spaces after the commas; `text` keeps what the router printed so that
// nothing is lost, `pid` and `serial` are what the console keys devices by.
struct Udi
{
    QString pid;
    QString serial;
    QString text;

    bool isValid() const { return !pid.isEmpty() && !serial.isEmpty(); }

    // The canonical form `PID:<pid>,SN:<serial>` (what the router prints in `show license udi`).
    QString canonicalText() const;

    // Reads `PID:x,SN:y` (and `P:x,S:y` as in SLR codes; parts in any order, spaces tolerated).
    // nullopt when either the PID or the serial number is missing.
    static std::optional<Udi> fromText(QStringView text);

    friend bool operator==(const Udi &, const Udi &) = default;
};

} // namespace slp
