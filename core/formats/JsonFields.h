#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace slp {

// Strict field access for the JSON carried in licensing files: integers must be exact (no
// silent rounding through double), and every failure is worded with the field's path.
class JsonFields
{
public:
    // An integer given as a JSON number or as a string of digits; nullopt if absent, fractional,
    // beyond 2^53 when given as a number, or not digits.
    static std::optional<qint64> integer(const QJsonValue &value);

    // `object[key]` as an exact integer; sets *error (unless it already holds an earlier problem) to "<path>.<key> ..."
    // when missing or invalid.
    static qint64 requireInteger(const QJsonObject &object, QLatin1String key, const QString &path, QString *error);

    // `object[key]` as a non-empty string; sets *error when missing or not a string.
    static QString requireString(const QJsonObject &object, QLatin1String key, const QString &path, QString *error);

    // `object[key]` as an object; sets *error when missing or not an object.
    static QJsonObject requireObject(const QJsonObject &object, QLatin1String key, const QString &path, QString *error);
};

} // namespace slp
