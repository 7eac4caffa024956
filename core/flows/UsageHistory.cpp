#include "UsageHistory.h"

#include <QMap>

namespace slp {

namespace {

QMap<QString, qint64> countsByTag(const QList<UsageRow> &usage)
{
    QMap<QString, qint64> counts;
    for (const UsageRow &row : usage) {
        const QString key = row.entitlementTag.isEmpty() ? row.name : row.entitlementTag;
        counts[key] += row.count;
    }
    // A license listed with count 0 is not in use: the same as not listed.
    for (auto it = counts.begin(); it != counts.end();)
        it = it.value() == 0 ? counts.erase(it) : std::next(it);
    return counts;
}

QJsonValue timeValue(const std::optional<QDateTime> &time)
{
    return time ? QJsonValue(time->toUTC().toString(Qt::ISODate)) : QJsonValue();
}

std::optional<QDateTime> timeFrom(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? std::optional<QDateTime>(time.toUTC()) : std::nullopt;
}

} // namespace

bool UsageHistory::countsDiffer(const QList<UsageRow> &before, const QList<UsageRow> &after)
{
    return countsByTag(before) != countsByTag(after);
}

UsageHistory UsageHistory::next(const std::optional<UsageHistory> &previous, const QList<UsageRow> &previousUsage,
                                const QList<UsageRow> &usage, const std::optional<QDateTime> &lastAck,
                                const QDateTime &takenAt)
{
    UsageHistory history;
    history.lastUsageChange = previous ? previous->lastUsageChange : std::nullopt;
    if (previous && countsDiffer(previousUsage, usage))
        history.lastUsageChange = takenAt.toUTC();

    const bool inUse = !countsByTag(usage).isEmpty();
    const bool changedSinceAck = history.lastUsageChange && lastAck && *history.lastUsageChange > *lastAck;
    history.unacknowledged = inUse && (!lastAck || changedSinceAck);
    if (history.unacknowledged)
        history.usageFirstSeen = previous && previous->unacknowledged && previous->usageFirstSeen
            ? previous->usageFirstSeen
            : std::optional<QDateTime>(takenAt.toUTC());
    return history;
}

QJsonObject UsageHistory::toJson() const
{
    return {{QStringLiteral("usage_first_seen"), timeValue(usageFirstSeen)},
            {QStringLiteral("last_usage_change"), timeValue(lastUsageChange)},
            {QStringLiteral("unacknowledged"), unacknowledged}};
}

std::optional<UsageHistory> UsageHistory::fromJson(const QJsonObject &json)
{
    if (!json.contains(QStringLiteral("unacknowledged")))
        return std::nullopt;
    UsageHistory history;
    history.usageFirstSeen = timeFrom(json.value(QStringLiteral("usage_first_seen")));
    history.lastUsageChange = timeFrom(json.value(QStringLiteral("last_usage_change")));
    history.unacknowledged = json.value(QStringLiteral("unacknowledged")).toBool();
    return history;
}

} // namespace slp
