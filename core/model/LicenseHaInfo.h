#pragma once

#include "KeyValue.h"
#include "Udi.h"

#include <QList>
#include <QString>

#include <optional>

namespace slp {

// One `Peer Info:` block inside `Application HA Info:` of a license (IOS XE HA pairs).
struct LicenseHaPeer
{
    std::optional<Udi> udi;
    QString role;
    std::optional<int> count;
    QList<KeyValue> otherFields;

    friend bool operator==(const LicenseHaPeer &, const LicenseHaPeer &) = default;
};

// `Application HA Info:` nested under a license usage entry.
struct LicenseHaInfo
{
    QString role;
    std::optional<int> count;
    QList<LicenseHaPeer> peers;
    QList<KeyValue> otherFields;

    friend bool operator==(const LicenseHaInfo &, const LicenseHaInfo &) = default;
};

} // namespace slp
