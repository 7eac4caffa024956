#include "TimeZoneOffsets.h"

#include "TextMatch.h"

#include <array>

namespace slp {

namespace {

struct ZoneOffset
{
    QLatin1String name;
    int minutes;
};

constexpr int hours(int h, int m = 0)
{
    return h * 60 + (h < 0 ? -m : m);
}

constexpr std::array<ZoneOffset, 62> zones {{
    {QLatin1String("UTC"), 0},
    {QLatin1String("GMT"), 0},
    {QLatin1String("UT"), 0},
    {QLatin1String("Z"), 0},
    {QLatin1String("ZULU"), 0},
    {QLatin1String("WET"), 0},
    {QLatin1String("WEST"), hours(1)},
    {QLatin1String("BST"), hours(1)},
    {QLatin1String("IST"), hours(5, 30)},
    {QLatin1String("CET"), hours(1)},
    {QLatin1String("CEST"), hours(2)},
    {QLatin1String("MET"), hours(1)},
    {QLatin1String("MEST"), hours(2)},
    {QLatin1String("EET"), hours(2)},
    {QLatin1String("EEST"), hours(3)},
    {QLatin1String("MSK"), hours(3)},
    {QLatin1String("GST"), hours(4)},
    {QLatin1String("PKT"), hours(5)},
    {QLatin1String("NPT"), hours(5, 45)},
    {QLatin1String("ICT"), hours(7)},
    {QLatin1String("WIB"), hours(7)},
    {QLatin1String("SGT"), hours(8)},
    {QLatin1String("HKT"), hours(8)},
    {QLatin1String("AWST"), hours(8)},
    {QLatin1String("PHT"), hours(8)},
    {QLatin1String("JST"), hours(9)},
    {QLatin1String("KST"), hours(9)},
    {QLatin1String("ACST"), hours(9, 30)},
    {QLatin1String("ACDT"), hours(10, 30)},
    {QLatin1String("AEST"), hours(10)},
    {QLatin1String("AEDT"), hours(11)},
    {QLatin1String("NZST"), hours(12)},
    {QLatin1String("NZDT"), hours(13)},
    {QLatin1String("EST"), hours(-5)},
    {QLatin1String("EDT"), hours(-4)},
    {QLatin1String("CST"), hours(-6)},
    {QLatin1String("CDT"), hours(-5)},
    {QLatin1String("MST"), hours(-7)},
    {QLatin1String("MDT"), hours(-6)},
    {QLatin1String("PST"), hours(-8)},
    {QLatin1String("PDT"), hours(-7)},
    {QLatin1String("AKST"), hours(-9)},
    {QLatin1String("AKDT"), hours(-8)},
    {QLatin1String("HST"), hours(-10)},
    {QLatin1String("AST"), hours(-4)},
    {QLatin1String("ADT"), hours(-3)},
    {QLatin1String("NST"), hours(-3, 30)},
    {QLatin1String("NDT"), hours(-2, 30)},
    {QLatin1String("BRT"), hours(-3)},
    {QLatin1String("ART"), hours(-3)},
    {QLatin1String("CLT"), hours(-4)},
    {QLatin1String("SAST"), hours(2)},
    {QLatin1String("CAT"), hours(2)},
    {QLatin1String("EAT"), hours(3)},
    {QLatin1String("WAT"), hours(1)},
    {QLatin1String("eastern"), hours(-5)},
    {QLatin1String("central"), hours(-6)},
    {QLatin1String("mountain"), hours(-7)},
    {QLatin1String("pacific"), hours(-8)},
    {QLatin1String("alaska"), hours(-9)},
    {QLatin1String("hawaii"), hours(-10)},
    {QLatin1String("india"), hours(5, 30)},
}};

// `+0530`, `-05:00`, `+2`, `-8` (after an optional UTC/GMT prefix); nullopt for anything else.
std::optional<int> numericOffsetMinutes(QStringView text)
{
    if (text.size() < 2 || (text[0] != u'+' && text[0] != u'-'))
        return std::nullopt;
    const int sign = text[0] == u'-' ? -1 : 1;
    QStringView digits = text.mid(1);
    int h = 0;
    int m = 0;
    const qsizetype colon = digits.indexOf(u':');
    bool ok = true;
    if (colon >= 0) {
        h = digits.left(colon).toInt(&ok);
        if (ok)
            m = digits.mid(colon + 1).toInt(&ok);
    } else if (digits.size() == 4) {
        h = digits.left(2).toInt(&ok);
        if (ok)
            m = digits.mid(2).toInt(&ok);
    } else if (digits.size() <= 2) {
        h = digits.toInt(&ok);
    } else {
        return std::nullopt;
    }
    if (!ok || h > 14 || m > 59 || h < 0 || m < 0)
        return std::nullopt;
    return sign * (h * 60 + m);
}

} // namespace

std::optional<int> timeZoneOffsetSeconds(QStringView zone)
{
    zone = zone.trimmed();
    for (const ZoneOffset &entry : zones) {
        if (text::equals(zone, entry.name))
            return entry.minutes * 60;
    }
    QStringView numeric = zone;
    if (text::startsWith(numeric, QLatin1String("UTC")) || text::startsWith(numeric, QLatin1String("GMT")))
        numeric = numeric.mid(3);
    if (const std::optional<int> minutes = numericOffsetMinutes(numeric))
        return *minutes * 60;
    return std::nullopt;
}

} // namespace slp
