#pragma once

#include <QDateTime>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace slp::sql {

// How record fields are written to SQLite: times as UTC milliseconds since the epoch (NULL when
// invalid), empty strings as NULL in nullable columns, tags joined with ';'.
// Qt binds a null QString as SQL NULL: NOT NULL text columns get their text through this.
QString text(const QString &value);
QVariant fromTime(const QDateTime &time);
QDateTime toTime(const QVariant &value);
QVariant fromOptionalText(const QString &text);
QVariant fromId(qint64 id); // 0 -> NULL
QVariant fromOptionalBool(const std::optional<bool> &value);
std::optional<bool> toOptionalBool(const QVariant &value);
QString joinTags(const QStringList &tags);
QStringList splitTags(const QString &stored);

} // namespace slp::sql
