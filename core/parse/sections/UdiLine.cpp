#include "UdiLine.h"

namespace slp {

std::optional<UdiLine> UdiLine::read(QStringView line)
{
    // Case-sensitive: routers print `PID:` in capitals, and this runs on many lines.
    const qsizetype pidAt = line.indexOf(u"PID:");
    if (pidAt < 0)
        return std::nullopt;
    UdiLine result;
    // The UDI runs to the first blank after the serial number (`PID:x,SN:y INSTALLED on ...`).
    QStringView udiText = line.mid(pidAt);
    const qsizetype serialAt = udiText.indexOf(u"SN:");
    if (serialAt < 0)
        return std::nullopt;
    const qsizetype blank = udiText.indexOf(u' ', serialAt);
    if (blank >= 0) {
        result.rest = udiText.mid(blank).trimmed();
        udiText = udiText.left(blank);
    }
    const std::optional<Udi> udi = Udi::fromText(udiText);
    if (!udi)
        return std::nullopt;
    result.udi = *udi;

    // Before the UDI: `[location:] [role:]`.
    QStringView prefix = line.left(pidAt).trimmed();
    if (prefix.endsWith(u':'))
        prefix.chop(1);
    prefix = prefix.trimmed();
    if (!prefix.isEmpty()) {
        qsizetype split = prefix.size() - 1;
        while (split >= 0 && prefix[split] != u':' && prefix[split] != u' ')
            --split;
        const QStringView roleWord = prefix.mid(split + 1);
        result.role = deviceRoleFromText(roleWord);
        result.roleNamed = !roleWord.isEmpty();
        if (split > 0) {
            QStringView location = prefix.left(split).trimmed();
            if (location.endsWith(u':'))
                location.chop(1);
            result.location = location.trimmed();
        }
    }
    return result;
}

} // namespace slp
