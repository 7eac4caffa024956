#pragma once

#include <QString>

#include <optional>

namespace slp::enumtext {

// Look-ups in a constexpr table of {enum value, "stored name"} pairs: one table per enum keeps
// the SQL words and the C++ values in one place.
template<typename Names, typename Enum> QString nameOf(const Names &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Names>
auto valueOf(const Names &names, const QString &text) -> std::optional<typename Names::value_type::first_type>
{
    for (const auto &[value, name] : names) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

} // namespace slp::enumtext
