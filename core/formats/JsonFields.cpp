#include "JsonFields.h"

#include <cmath>

namespace slp {

namespace {

constexpr double largestExactDouble = 9007199254740992.0; // 2^53

// The first problem found is the one reported, so callers can read several fields and check once.
void setFirstError(QString *error, const QString &message)
{
    if (error->isEmpty())
        *error = message;
}

QString fieldPath(const QString &path, QLatin1String key)
{
    return path.isEmpty() ? QString(key) : path + u'.' + key;
}

} // namespace

std::optional<qint64> JsonFields::integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > largestExactDouble)
            return std::nullopt;
        return static_cast<qint64>(number);
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (text.isEmpty() || text.size() > 18)
            return std::nullopt;
        for (QChar c : text) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
        return text.toLongLong();
    }
    return std::nullopt;
}

qint64 JsonFields::requireInteger(const QJsonObject &object, QLatin1String key, const QString &path, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        setFirstError(error, QStringLiteral("%1 is missing").arg(fieldPath(path, key)));
        return 0;
    }
    const std::optional<qint64> number = integer(value);
    if (!number) {
        setFirstError(error, QStringLiteral("%1 is not a whole number").arg(fieldPath(path, key)));
        return 0;
    }
    return *number;
}

QString JsonFields::requireString(const QJsonObject &object, QLatin1String key, const QString &path, QString *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().isEmpty()) {
        setFirstError(error,
                      value.isUndefined() ? QStringLiteral("%1 is missing").arg(fieldPath(path, key))
                                          : QStringLiteral("%1 is not a non-empty string").arg(fieldPath(path, key)));
        return {};
    }
    return value.toString();
}

QJsonObject JsonFields::requireObject(const QJsonObject &object, QLatin1String key, const QString &path, QString *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isObject()) {
        setFirstError(error,
                      value.isUndefined() ? QStringLiteral("%1 is missing").arg(fieldPath(path, key))
                                          : QStringLiteral("%1 is not an object").arg(fieldPath(path, key)));
        return {};
    }
    return value.toObject();
}

} // namespace slp
