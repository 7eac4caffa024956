#pragma once

#include <QStringView>

#include <optional>

namespace slp {

// Offset from UTC, in seconds, of a time zone as routers print it after a time: abbreviations
// (UTC, EST, PDT, IST, CET...), the words admins configure with `clock timezone` (est, pacific,
// eastern...), case-insensitive, and numeric forms (+0530, -05:00, UTC+2, GMT-8).
// Standard-time offsets are used for the region words (pacific = -08:00).
// Ambiguous abbreviations are read as: IST India +05:30, CST US Central -06:00, BST British +01:00.
// nullopt for a zone not in the table: callers report it instead of guessing.
std::optional<int> timeZoneOffsetSeconds(QStringView zone);

} // namespace slp
