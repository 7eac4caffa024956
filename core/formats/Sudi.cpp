#include "Sudi.h"

#include <QJsonObject>

namespace slp {

namespace {

// Characters a PID or serial number may contain. Anything else (spaces, quotes, control
// characters) means the text is not a UDI, and keeps such text off router command lines.
bool isUdiPartCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' || c == u'/' || c == u'+';
}

bool isUdiPart(QStringView part)
{
    if (part.isEmpty() || part.size() > 64)
        return false;
    for (QChar c : part) {
        if (c.unicode() > 0x7f || !isUdiPartCharacter(c))
            return false;
    }
    return true;
}

// `<key>:<value>` with one of the accepted keys; returns the value or an empty view.
QStringView valueAfterKey(QStringView field, QLatin1String longKey, QLatin1String shortKey)
{
    const qsizetype colon = field.indexOf(u':');
    if (colon < 0)
        return {};
    const QStringView key = field.left(colon).trimmed();
    if (key.compare(longKey, Qt::CaseInsensitive) != 0 && key.compare(shortKey, Qt::CaseInsensitive) != 0)
        return {};
    return field.mid(colon + 1).trimmed();
}

} // namespace

QString Sudi::toUdiString() const
{
    return QLatin1String("PID:") + pid + QLatin1String(",SN:") + serialNumber;
}

std::optional<Sudi> Sudi::fromUdiString(QStringView text)
{
    const qsizetype comma = text.indexOf(u',');
    if (comma < 0)
        return std::nullopt;
    const QStringView pid = valueAfterKey(text.left(comma), QLatin1String("PID"), QLatin1String("P"));
    const QStringView serial = valueAfterKey(text.mid(comma + 1), QLatin1String("SN"), QLatin1String("S"));
    if (!isUdiPart(pid) || !isUdiPart(serial))
        return std::nullopt;
    return Sudi {pid.toString(), serial.toString()};
}

std::optional<Sudi> Sudi::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    const QString pid = object.value(QLatin1String("udi_pid")).toString();
    const QString serial = object.value(QLatin1String("udi_serial_number")).toString();
    if (!isUdiPart(pid) || !isUdiPart(serial))
        return std::nullopt;
    return Sudi {pid, serial};
}

} // namespace slp
