#pragma once

#include <QHashFunctions>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

namespace slp {

// A device's unique device identifier (UDI) as the licensing files carry it: product id and serial
// number. Text forms: `PID:<pid>,SN:<sn>` (show license udi, RUM reports) and `P:<pid>,S:<sn>`
// (SLR authorization codes); JSON form: {"udi_pid": ..., "udi_serial_number": ...}.
struct Sudi
{
    QString pid;
    QString serialNumber;

    bool isValid() const { return !pid.isEmpty() && !serialNumber.isEmpty(); }

    // `PID:<pid>,SN:<sn>`, the form the console shows and the router prints.
    QString toUdiString() const;

    // Accepts `PID:x,SN:y` and `P:x,S:y` (spaces around the parts tolerated); nullopt otherwise.
    static std::optional<Sudi> fromUdiString(QStringView text);

    // Accepts an object {"udi_pid": "...", "udi_serial_number": "..."}; nullopt otherwise.
    static std::optional<Sudi> fromJson(const QJsonValue &value);

    friend bool operator==(const Sudi &, const Sudi &) = default;
};

inline size_t qHash(const Sudi &sudi, size_t seed = 0)
{
    return qHashMulti(seed, sudi.pid, sudi.serialNumber);
}

} // namespace slp
