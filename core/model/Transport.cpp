#include "Transport.h"

namespace slp {

QString transportTypeName(TransportType type)
{
    switch (type) {
    case TransportType::Cslu:
        return QStringLiteral("cslu");
    case TransportType::Smart:
        return QStringLiteral("smart");
    case TransportType::Callhome:
        return QStringLiteral("callhome");
    case TransportType::Off:
        return QStringLiteral("off");
    case TransportType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

TransportType transportTypeFromText(QStringView text)
{
    QStringView word = text.trimmed();
    // IOS XE prints "Transport Off"; "Call Home" appears in older captures.
    if (word.startsWith(QLatin1String("Transport "), Qt::CaseInsensitive))
        word = word.mid(10).trimmed();
    if (word.compare(QLatin1String("cslu"), Qt::CaseInsensitive) == 0)
        return TransportType::Cslu;
    if (word.compare(QLatin1String("smart"), Qt::CaseInsensitive) == 0)
        return TransportType::Smart;
    if (word.compare(QLatin1String("callhome"), Qt::CaseInsensitive) == 0
        || word.compare(QLatin1String("call home"), Qt::CaseInsensitive) == 0)
        return TransportType::Callhome;
    if (word.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0)
        return TransportType::Off;
    return TransportType::Unknown;
}

} // namespace slp
