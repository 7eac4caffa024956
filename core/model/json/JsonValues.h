#pragma once

#include "model/DeviceRole.h"
#include "model/KeyValue.h"
#include "model/StampedState.h"
#include "model/Udi.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// The value conventions of the JSON output (docs/parse-json.md): absent values and `<none>` are
// null, dates are ISO 8601 in UTC with a `Z`, enumerations are lower-case words.
namespace slp::json {

QJsonValue date(const std::optional<QDateTime> &value);
QJsonValue text(const QString &value); // null when empty
QJsonValue number(const std::optional<int> &value);
QJsonValue number(const std::optional<qint64> &value);
QJsonValue flag(const std::optional<bool> &value);
QJsonValue role(DeviceRole value); // "active", "standby", "member" or null
QJsonValue udi(const Udi &value); // {pid, serial, text}, null when not valid
QJsonValue udi(const std::optional<Udi> &value);
QJsonValue stamped(const StampedState &value); // {state, at}, null when empty
QJsonArray keyValues(const QList<KeyValue> &values);

// An array of the toJson() of each element.
template<typename T, typename Convert> QJsonArray array(const QList<T> &values, Convert convert)
{
    QJsonArray result;
    for (const T &value : values)
        result.append(convert(value));
    return result;
}

} // namespace slp::json
