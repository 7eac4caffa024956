#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace slp {

// One problem with one field of a record, e.g. {"port", "70000 is out of range (1-65535)"}.
struct FieldIssue
{
    QString field;
    QString message;

    bool operator==(const FieldIssue &) const = default;
};

// "port: 70000 is out of range (1-65535); address: ..." for a one-line error message.
inline QString describeIssues(const QList<FieldIssue> &issues)
{
    QStringList parts;
    for (const FieldIssue &issue : issues)
        parts.append(issue.field + QLatin1String(": ") + issue.message);
    return parts.join(QLatin1String("; "));
}

} // namespace slp
