#include "DisplayText.h"

namespace slp::ui {

QString DisplayText::date(const QDateTime &when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString DisplayText::dateTime(const QDateTime &when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString DisplayText::relativeDays(qint64 days)
{
    if (days == 0)
        return tr("today");
    if (days > 0)
        return tr("in %n day(s)", nullptr, static_cast<int>(days));
    return tr("%n day(s) ago", nullptr, static_cast<int>(-days));
}

QString DisplayText::transport(const QString &type)
{
    const QString lower = type.toLower();
    if (lower == QLatin1String("cslu"))
        return tr("CSLU");
    if (lower == QLatin1String("smart"))
        return tr("Smart");
    if (lower == QLatin1String("off"))
        return tr("Off");
    if (lower == QLatin1String("callhome"))
        return tr("Call Home");
    if (lower.isEmpty() || lower == QLatin1String("unknown"))
        return tr("Unknown");
    return type;
}

QString DisplayText::trust(const std::optional<bool> &installed)
{
    if (!installed)
        return tr("Unknown");
    return *installed ? tr("Installed") : tr("None");
}

QString DisplayText::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

} // namespace slp::ui
