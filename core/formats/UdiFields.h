#pragma once

#include "model/Udi.h"

#include <QJsonValue>
#include <QList>
#include <QStringView>

#include <optional>

namespace slp {

// How the licensing files carry a UDI (model/Udi.h): the JSON "sudi" object of RUM reports and the
// `PID:x,SN:y` / `P:x,S:y` texts. Values read from files are checked against a strict character
// set, because they end up in file names and on router command lines.
class UdiFields
{
public:
    // {"udi_pid": "...", "udi_serial_number": "..."} -> Udi with the canonical text; nullopt otherwise.
    static std::optional<Udi> fromSudiJson(const QJsonValue &value);

    // `PID:x,SN:y` or `P:x,S:y` whose parts pass isSafe(); nullopt otherwise.
    static std::optional<Udi> fromText(QStringView text);

    // PID and serial number made only of letters, digits and - _ . / +, at most 64 characters each.
    static bool isSafe(const Udi &udi);

    // Same product instance: PID and serial number equal, whatever text form each was read from.
    static bool sameDevice(const Udi &a, const Udi &b);
    static bool containsDevice(const QList<Udi> &udis, const Udi &udi);
};

} // namespace slp
