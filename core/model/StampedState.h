#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace slp {

// A state word with the moment it was reached, as the router prints it: `AUTHORIZED on <date>`,
// `SUCCEEDED on <date>`, `SPECIFIC INSTALLED on <date>`, `NOT INSTALLED` (no date).
struct StampedState
{
    QString state;
    std::optional<QDateTime> at; // UTC

    bool isEmpty() const { return state.isEmpty() && !at; }

    friend bool operator==(const StampedState &, const StampedState &) = default;
};

} // namespace slp
