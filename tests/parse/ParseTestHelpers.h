#pragma once

#include "TestSupport.h"

#include <QDateTime>
#include <QString>

namespace slp::test {

// The text of tests/fixtures/show/<name>, decoded as the console decodes router output.
inline QString showFixture(const QString &name)
{
    return QString::fromUtf8(readFixture(QStringLiteral("show/") + name));
}

// A UTC moment, for exact date comparisons.
inline QDateTime utc(int year, int month, int day, int hour, int minute, int second, int millisecond = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, millisecond), Qt::UTC);
}

// The issue messages joined, for failure output.
template<typename Result> QByteArray issuesText(const Result &result)
{
    QStringList lines;
    for (const auto &issue : result.issues)
        lines.append(QString::number(issue.line) + QStringLiteral(": ") + issue.message);
    return lines.join(u'\n').toUtf8();
}

} // namespace slp::test
