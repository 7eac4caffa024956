#include "Udi.h"

namespace slp {

QString Udi::canonicalText() const
{
    return QLatin1String("PID:") + pid + QLatin1String(",SN:") + serial;
}

std::optional<Udi> Udi::fromText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    Udi udi;
    // Parts are `KEY:value` separated by commas; unknown keys (VID) are ignored, not fatal.
    qsizetype start = 0;
    while (start <= trimmed.size()) {
        qsizetype comma = trimmed.indexOf(u',', start);
        if (comma < 0)
            comma = trimmed.size();
        const QStringView part = trimmed.mid(start, comma - start).trimmed();
        const qsizetype colon = part.indexOf(u':');
        if (colon > 0) {
            const QStringView key = part.left(colon).trimmed();
            const QStringView value = part.mid(colon + 1).trimmed();
            if (key.compare(QLatin1String("PID"), Qt::CaseInsensitive) == 0
                || key.compare(QLatin1String("P"), Qt::CaseInsensitive) == 0)
                udi.pid = value.toString();
            else if (key.compare(QLatin1String("SN"), Qt::CaseInsensitive) == 0
                     || key.compare(QLatin1String("S"), Qt::CaseInsensitive) == 0)
                udi.serial = value.toString();
        }
        start = comma + 1;
    }
    if (!udi.isValid())
        return std::nullopt;
    udi.text = trimmed.toString();
    return udi;
}

} // namespace slp
