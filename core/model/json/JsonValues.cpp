#include "JsonValues.h"

namespace slp::json {

QJsonValue date(const std::optional<QDateTime> &value)
{
    if (!value || !value->isValid())
        return QJsonValue::Null;
    return value->toUTC().toString(Qt::ISODate);
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue number(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue number(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue flag(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue role(DeviceRole value)
{
    return value == DeviceRole::None ? QJsonValue(QJsonValue::Null) : QJsonValue(deviceRoleName(value).toLower());
}

QJsonValue udi(const Udi &value)
{
    if (!value.isValid())
        return QJsonValue::Null;
    return QJsonObject {
        {QStringLiteral("pid"), value.pid},
        {QStringLiteral("serial"), value.serial},
        {QStringLiteral("text"), value.text.isEmpty() ? value.canonicalText() : value.text},
    };
}

QJsonValue udi(const std::optional<Udi> &value)
{
    return value ? udi(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue stamped(const StampedState &value)
{
    if (value.isEmpty())
        return QJsonValue::Null;
    return QJsonObject {{QStringLiteral("state"), text(value.state)}, {QStringLiteral("at"), date(value.at)}};
}

QJsonArray keyValues(const QList<KeyValue> &values)
{
    return array(values, [](const KeyValue &entry) {
        return QJsonObject {{QStringLiteral("key"), entry.key}, {QStringLiteral("value"), text(entry.value)}};
    });
}

} // namespace slp::json
