#pragma once

#include <QString>

namespace slp {

// A `Key: value` line the parsers do not know (a field a newer release added); kept so that
// nothing the router said is silently dropped.
struct KeyValue
{
    QString key;
    QString value;

    friend bool operator==(const KeyValue &, const KeyValue &) = default;
};

} // namespace slp
