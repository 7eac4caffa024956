#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace slp::sim {

// Reads typed fields out of a JSON object and records every problem with the field's full path
// (e.g. "routers[3].licenses[1].count: expected an integer"), so that a broken input file is reported
// completely in one go instead of one error per run.
class JsonFieldReader
{
public:
    JsonFieldReader(const QJsonObject &object, QString path, QStringList *errors);

    bool has(const QString &key) const;
    QString path(const QString &key) const;
    const QJsonObject &object() const { return m_object; }

    QString string(const QString &key, const QString &fallback = {}, bool required = false);
    qint64 integer(const QString &key, qint64 fallback, qint64 minimum, qint64 maximum, bool required = false);
    bool boolean(const QString &key, bool fallback);
    QStringList stringList(const QString &key);
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key);
    // A string that must be one of the given choices (compared case-insensitively, returned as listed).
    QString choice(const QString &key, const QStringList &choices, const QString &fallback);

    // Records an error about `key` (or the object itself when key is empty).
    void fail(const QString &key, const QString &message);
    // Reports keys that are not in `known` (catches typos in hand-written files).
    void rejectUnknownKeys(const QStringList &known);

private:
    QJsonObject m_object;
    QString m_path;
    QStringList *m_errors;
};

} // namespace slp::sim
