#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace slp::ui {

// How values read the same in every view. Dates are ISO-style (2024-03-19) in local time: admins
// compare them with router output and across sites, where locale formats get in the way.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(slp::ui::DisplayText)
public:
    static QString date(const QDateTime &when); // "" when invalid
    static QString dateTime(const QDateTime &when); // "" when invalid
    // "in 12 days", "today", "3 days ago"
    static QString relativeDays(qint64 days);
    // The stored transport word ("cslu", "smart", "off", "callhome") as admins know it.
    static QString transport(const QString &type);
    static QString trust(const std::optional<bool> &installed);
    static QString yesNo(bool value);
};

} // namespace slp::ui
