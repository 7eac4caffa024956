#include "TimeSpec.h"

#include <QDateTime>
#include <QRegularExpression>

namespace slp::xrsim {

std::optional<qint64> parseTimeSpec(const QString &text, qint64 now)
{
    static const QRegularExpression relative(QStringLiteral("^now(?:([+-])(\\d{1,6})([smhd]))?$"));
    const QRegularExpressionMatch match = relative.match(text.trimmed());
    if (match.hasMatch()) {
        if (match.captured(1).isEmpty())
            return now;
        qint64 amount = match.captured(2).toLongLong();
        switch (match.captured(3).at(0).toLatin1()) {
        case 'm':
            amount *= 60;
            break;
        case 'h':
            amount *= 3600;
            break;
        case 'd':
            amount *= 86400;
            break;
        default:
            break;
        }
        return match.captured(1) == QLatin1String("-") ? now - amount : now + amount;
    }
    const QDateTime absolute = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!absolute.isValid())
        return std::nullopt;
    return absolute.toSecsSinceEpoch();
}

} // namespace slp::xrsim
