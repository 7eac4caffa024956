#include "SqlValues.h"

namespace slp::sql {

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant fromTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime toTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant fromOptionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant fromOptionalBool(const std::optional<bool> &value)
{
    return value ? QVariant(int(*value)) : QVariant(QMetaType::fromType<int>());
}

std::optional<bool> toOptionalBool(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt() != 0;
}

QString joinTags(const QStringList &tags)
{
    return tags.join(u';');
}

QStringList splitTags(const QString &stored)
{
    return stored.split(u';', Qt::SkipEmptyParts);
}

} // namespace slp::sql
