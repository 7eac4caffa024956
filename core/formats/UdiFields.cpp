#include "UdiFields.h"

#include <QJsonObject>

#include <algorithm>

namespace slp {

namespace {

bool isSafePart(QStringView part)
{
    if (part.isEmpty() || part.size() > 64)
        return false;
    return std::all_of(part.begin(), part.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_' || c == u'.' || c == u'/' || c == u'+';
    });
}

} // namespace

std::optional<Udi> UdiFields::fromSudiJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    Udi udi;
    udi.pid = object.value(QLatin1String("udi_pid")).toString();
    udi.serial = object.value(QLatin1String("udi_serial_number")).toString();
    if (!isSafe(udi))
        return std::nullopt;
    udi.text = udi.canonicalText();
    return udi;
}

std::optional<Udi> UdiFields::fromText(QStringView text)
{
    std::optional<Udi> udi = Udi::fromText(text);
    if (!udi || !isSafe(*udi))
        return std::nullopt;
    return udi;
}

bool UdiFields::isSafe(const Udi &udi)
{
    return isSafePart(udi.pid) && isSafePart(udi.serial);
}

bool UdiFields::sameDevice(const Udi &a, const Udi &b)
{
    return a.pid == b.pid && a.serial == b.serial;
}

bool UdiFields::containsDevice(const QList<Udi> &udis, const Udi &udi)
{
    return std::any_of(udis.cbegin(), udis.cend(), [&](const Udi &candidate) { return sameDevice(candidate, udi); });
}

} // namespace slp
