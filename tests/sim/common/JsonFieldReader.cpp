#include "JsonFieldReader.h"

#include <utility>

namespace slp::sim {

JsonFieldReader::JsonFieldReader(const QJsonObject &object, QString path, QStringList *errors)
    : m_object(object)
    , m_path(std::move(path))
    , m_errors(errors)
{ }

bool JsonFieldReader::has(const QString &key) const
{
    return m_object.contains(key) && !m_object.value(key).isNull();
}

QString JsonFieldReader::path(const QString &key) const
{
    if (key.isEmpty())
        return m_path;
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonFieldReader::fail(const QString &key, const QString &message)
{
    m_errors->append(path(key) + QStringLiteral(": ") + message);
}

QString JsonFieldReader::string(const QString &key, const QString &fallback, bool required)
{
    if (!has(key)) {
        if (required)
            fail(key, QStringLiteral("missing (required)"));
        return fallback;
    }
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        fail(key, QStringLiteral("expected a string"));
        return fallback;
    }
    return value.toString();
}

qint64 JsonFieldReader::integer(const QString &key, qint64 fallback, qint64 minimum, qint64 maximum, bool required)
{
    if (!has(key)) {
        if (required)
            fail(key, QStringLiteral("missing (required)"));
        return fallback;
    }
    const QJsonValue value = m_object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number))) {
        fail(key, QStringLiteral("expected an integer"));
        return fallback;
    }
    const auto result = static_cast<qint64>(number);
    if (result < minimum || result > maximum) {
        fail(key, QStringLiteral("%1 is out of range [%2, %3]").arg(result).arg(minimum).arg(maximum));
        return fallback;
    }
    return result;
}

bool JsonFieldReader::boolean(const QString &key, bool fallback)
{
    if (!has(key))
        return fallback;
    const QJsonValue value = m_object.value(key);
    if (!value.isBool()) {
        fail(key, QStringLiteral("expected true or false"));
        return fallback;
    }
    return value.toBool();
}

QStringList JsonFieldReader::stringList(const QString &key)
{
    QStringList result;
    if (!has(key))
        return result;
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(key, QStringLiteral("expected an array of strings"));
        return result;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            fail(QStringLiteral("%1[%2]").arg(key).arg(i), QStringLiteral("expected a string"));
            continue;
        }
        result.append(array.at(i).toString());
    }
    return result;
}

QJsonObject JsonFieldReader::object(const QString &key)
{
    if (!has(key))
        return {};
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        fail(key, QStringLiteral("expected an object"));
        return {};
    }
    return value.toObject();
}

QJsonArray JsonFieldReader::array(const QString &key)
{
    if (!has(key))
        return {};
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(key, QStringLiteral("expected an array"));
        return {};
    }
    return value.toArray();
}

QString JsonFieldReader::choice(const QString &key, const QStringList &choices, const QString &fallback)
{
    const QString text = string(key, fallback);
    for (const QString &candidate : choices) {
        if (candidate.compare(text, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    fail(key, QStringLiteral("'%1' is not one of: %2").arg(text, choices.join(QStringLiteral(", "))));
    return fallback;
}

void JsonFieldReader::rejectUnknownKeys(const QStringList &known)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            fail(it.key(), QStringLiteral("unknown field (known: %1)").arg(known.join(QStringLiteral(", "))));
    }
}

} // namespace slp::sim
